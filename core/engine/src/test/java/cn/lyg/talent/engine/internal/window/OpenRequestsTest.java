package cn.lyg.talent.engine.internal.window;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.Test;

/**
 * Art.4.5: the talent's unfinished requests reach a service's rules with their forms, read in one
 * query whose rows (number, field, value) are grouped here by ticket.
 */
public class OpenRequestsTest {

    @Test
    public void rowsAreGroupedByTicketInTheirOrderWithEveryValueOfAField() {
        List<Object[]> rows = List.of(
                new Object[] {"320700-20261127-0002", "children", "小红"},
                new Object[] {"320700-20261127-0002", "children", "小明"},
                new Object[] {"320700-20261127-0002", "purpose", "school"},
                new Object[] {"320700-20261127-0001", null, null},
                new Object[] {"320700-20261127-0003", "purpose", "travel"});
        Map<String, Map<String, List<String>>> forms = OneStopWindowImpl.formsByNumber(rows);
        assertEquals(List.of("320700-20261127-0002", "320700-20261127-0001", "320700-20261127-0003"),
                List.copyOf(forms.keySet()));
        assertEquals(Map.of("children", List.of("小红", "小明"), "purpose", List.of("school")),
                forms.get("320700-20261127-0002"));
        assertEquals(List.of("children", "purpose"), List.copyOf(forms.get("320700-20261127-0002").keySet()));
        // A request without a form is still under way: it is there, with an empty form.
        assertEquals(Map.of(), forms.get("320700-20261127-0001"));
        assertEquals(Map.of("purpose", List.of("travel")), forms.get("320700-20261127-0003"));
    }

    @Test
    public void noRowsNoRequests() {
        assertEquals(Map.of(), OneStopWindowImpl.formsByNumber(List.of()));
    }
}
