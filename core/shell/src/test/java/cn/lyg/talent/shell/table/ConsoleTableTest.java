package cn.lyg.talent.shell.table;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import cn.lyg.talent.api.window.StepStatus;
import cn.lyg.talent.api.window.TicketState;

public class ConsoleTableTest {

    /** Terminal column where each " | " of a line starts. */
    private static List<Integer> separators(String line) {
        List<Integer> at = new ArrayList<>();
        for (int i = line.indexOf(" | "); i >= 0; i = line.indexOf(" | ", i + 1)) {
            at.add(ConsoleTable.width(line.substring(0, i)));
        }
        return at;
    }

    @Test
    public void hanAndFullWidthCharactersTakeTwoColumnsCombiningMarksNone() {
        assertEquals(4, ConsoleTable.width("Code"));
        assertEquals(4, ConsoleTable.width("代码"));
        assertEquals(2, ConsoleTable.width("，"));
        assertEquals(1, ConsoleTable.width("e\u0301"));
        assertEquals(2, ConsoleTable.width("𠀋"));
        assertEquals(0, ConsoleTable.width(""));
    }

    @Test
    public void columnsLineUpInATerminalWhateverTheMixOfChineseAndLatin() {
        ConsoleTable table = new ConsoleTable();
        table.column("代码 Code");
        table.column("名称 Name");
        table.column("条款 Art.");
        table.row("gold-card", "高层次人才服务金卡申领 / Gold card", "Art.4.5");
        table.row("tax", "税务办理便利服务 / Tax facilitation", "Art.4.6");
        table.row("x", "Only Latin", null);
        List<String> lines = table.lines();
        assertEquals(5, lines.size());
        List<Integer> header = separators(lines.get(0));
        assertEquals(2, header.size());
        for (String line : List.of(lines.get(2), lines.get(3))) {
            assertEquals(line, header, separators(line));
        }
        // The last cell of the third row is empty: its line ends after the second column.
        assertEquals(List.of(header.get(0), header.get(1)), separators(lines.get(4) + " "));
        assertEquals("----------+-" + "-".repeat(header.get(1) - header.get(0) - 3) + "-+-" + "-".repeat(9),
                lines.get(1));
    }

    @Test
    public void aWrappedColumnBreaksChineseAnywhereAndLatinAtSpacesWithinItsWidth() {
        ConsoleTable table = new ConsoleTable();
        table.column("序 No").alignRight();
        table.column("说明 Comment").maxWidth(12).wrap();
        table.column("人 By");
        table.row(1, "材料齐全，已转交教育局办理", "window1");
        table.row(22, "materials complete handed over", "dept_edu");
        List<String> lines = table.lines();
        assertEquals(List.of(
                "序 No | 说明 Comment | 人 By",
                "------+--------------+---------",
                "    1 | 材料齐全，已 | window1",
                "      | 转交教育局办 |",
                "      | 理           |",
                "   22 | materials    | dept_edu",
                "      | complete     |",
                "      | handed over  |"), lines);
        for (String line : lines.subList(2, lines.size())) {
            assertTrue(line, ConsoleTable.width((line + " ").split(" \\| ")[1]) <= 12);
        }
    }

    @Test
    public void aCutColumnEndsInAnEllipsisWithinItsWidth() {
        ConsoleTable table = new ConsoleTable();
        table.column("名称 Name").maxWidth(10);
        table.row("连云港市人力资源和社会保障局");
        table.row("short");
        List<String> lines = table.lines();
        assertEquals("连云港...", lines.get(2));
        assertEquals("short", lines.get(3));
    }

    @Test
    public void anEmptyTablePrintsItsHeaderAndRule() {
        ConsoleTable table = new ConsoleTable();
        table.column("编号 Number");
        table.column("状态 State");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals("编号 Number | 状态 State\n------------+-----------\n",
                bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }

    @Test
    public void aCodeOfThePlatformReadsAsItsNamesChineseFirst() {
        ConsoleTable table = new ConsoleTable();
        table.column("状态 State");
        table.column("情况 Status");
        table.column("other");
        table.row(TicketState.DISPATCHED, StepStatus.ON_TIME_WITH_DELAY,
                Thread.State.BLOCKED);
        assertEquals("已交办 dispatched | 延期内完成 on time with a delay | BLOCKED", table.lines().get(2));
    }

    @Test(expected = IllegalArgumentException.class)
    public void moreCellsThanColumnsIsAProgrammingError() {
        ConsoleTable table = new ConsoleTable();
        table.column("a");
        table.row("1", "2");
    }
}
