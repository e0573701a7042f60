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
        // However written: separators, spaces, a passport's letter.
        assertEquals("138******5678", Authentication.loggable("138-1234-5678"));
        assertEquals("110************002X", Authentication.loggable("110105 19491231002X"));
        assertEquals("E******78", Authentication.loggable("E12345678"));
    }

    /** A typed account cannot colour, reverse or break the log's lines. */
    @Test
    public void controlAndFormatCharactersAreNotLogged() {
        assertEquals("?[31mevil", Authentication.loggable("\u001b[31mevil"));
        assertEquals("a?b", Authentication.loggable("a\u202eb"));
        assertEquals("a?b", Authentication.loggable("a\nb"));
        assertEquals("x".repeat(64) + "…", Authentication.loggable("x".repeat(500)));
    }
}
