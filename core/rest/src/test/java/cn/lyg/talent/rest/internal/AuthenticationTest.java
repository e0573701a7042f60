package cn.lyg.talent.rest.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** What a failed login leaves in the log: never a whole phone or identity number typed as the account. */
public class AuthenticationTest {

    @Test
    public void aNumberTypedAsTheAccountIsMaskedInTheLog() {
        assertEquals("139****5678", Authentication.loggable("13912345678"));
        assertEquals("320***********0027", Authentication.loggable("320706199001010027"));
        assertEquals("110***********002X", Authentication.loggable("11010519491231002X"));
        assertEquals("talent1", Authentication.loggable("talent1"));
        assertEquals("window-2024", Authentication.loggable("window-2024"));
    }
}
