package cn.lyg.talent.shell.table;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jline.utils.WCWidth;

import cn.lyg.talent.api.Names;

/**
 * A console table measured in terminal columns: a Han character or a full-width punctuation
 * mark takes two, a combining mark none. Karaf's {@code ShellTable} counts {@code char}s, so
 * rows with more Chinese than others push their later columns to the right in a terminal;
 * everything a clerk reads on the console is Chinese first. Output has the same shape as
 * Karaf's tables: a header line, a rule, cells separated by {@code " | "}.
 */
public final class ConsoleTable {
    private static final String SEPARATOR = " | ";
    private static final String ELLIPSIS = "...";

    private final List<Column> columns = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();

    /** Adds a column; its header is written as given (Chinese first, English second). */
    public Column column(String header) {
        Column c = new Column(header == null ? "" : header);
        columns.add(c);
        return c;
    }

    /**
     * Adds a row; {@code null} cells and missing trailing cells are empty, a code of the
     * platform's API by its names ({@link Names#both}: 已交办 dispatched), other cells with
     * {@link String#valueOf(Object)}.
     *
     * @throws IllegalArgumentException if there are more cells than columns
     */
    public ConsoleTable row(Object... cells) {
        if (cells.length > columns.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
        }
        String[] row = new String[columns.size()];
        for (int i = 0; i < row.length; i++) {
            Object cell = i < cells.length ? cells[i] : null;
            row[i] = cell == null ? "" : cell instanceof Enum<?> code ? Names.both(code) : String.valueOf(cell);
        }
        rows.add(row);
        return this;
    }

    public void print(PrintStream out) {
        for (String line : lines()) {
            out.println(line);
        }
    }

    /** The lines {@link #print} writes, without line ends and without trailing spaces. */
    public List<String> lines() {
        int n = columns.size();
        List<List<List<String>>> laidOut = new ArrayList<>();
        int[] widths = new int[n];
        for (int i = 0; i < n; i++) {
            widths[i] = width(columns.get(i).header);
        }
        for (String[] row : rows) {
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<String> lines = columns.get(i).lines(row[i]);
                for (String line : lines) {
                    widths[i] = Math.max(widths[i], width(line));
                }
                cells.add(lines);
            }
            laidOut.add(cells);
        }
        List<String> out = new ArrayList<>();
        List<List<String>> header = new ArrayList<>();
        for (Column c : columns) {
            header.add(List.of(c.header));
        }
        out.addAll(join(header, widths));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < n; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
        }
        out.add(rule.toString());
        for (List<List<String>> cells : laidOut) {
            out.addAll(join(cells, widths));
        }
        return out;
    }

    /** One row's cells side by side; a cell of several lines makes the row that tall. */
    private List<String> join(List<List<String>> cells, int[] widths) {
        int height = 1;
        for (List<String> cell : cells) {
            height = Math.max(height, cell.size());
        }
        List<String> lines = new ArrayList<>();
        for (int l = 0; l < height; l++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                List<String> cell = cells.get(i);
                String text = l < cell.size() ? cell.get(l) : "";
                int pad = widths[i] - width(text);
                sb.append(i == 0 ? "" : SEPARATOR);
                if (columns.get(i).right) {
                    sb.append(" ".repeat(pad)).append(text);
                } else {
                    sb.append(text).append(" ".repeat(pad));
                }
            }
            lines.add(sb.toString().stripTrailing());
        }
        return lines;
    }

    /** Terminal columns the text takes; control characters take none. */
    public static int width(CharSequence text) {
        int w = 0;
        for (int i = 0; i < text.length();) {
            int cp = Character.codePointAt(text, i);
            w += Math.max(0, WCWidth.wcwidth(cp));
            i += Character.charCount(cp);
        }
        return w;
    }

    /** A column: its header, its widest cell (if limited) and what happens to longer text. */
    public static final class Column {
        private final String header;
        private int maxWidth = -1;
        private boolean wrap;
        private boolean right;

        private Column(String header) {
            this.header = header;
        }

        /**
         * Cells wider than this many terminal columns are cut (ending in "...") or, with
         * {@link #wrap()}, continued on the next lines.
         */
        public Column maxWidth(int columns) {
            if (columns < ELLIPSIS.length() + 1) {
                throw new IllegalArgumentException("maxWidth " + columns);
            }
            this.maxWidth = columns;
            return this;
        }

        /** Long cells continue on the next lines, broken at a space where there is one. */
        public Column wrap() {
            this.wrap = true;
            return this;
        }

        /** For numbers. */
        public Column alignRight() {
            this.right = true;
            return this;
        }

        List<String> lines(String text) {
            List<String> lines = new ArrayList<>();
            for (String line : text.split("\r?\n", -1)) {
                if (maxWidth < 0 || width(line) <= maxWidth) {
                    lines.add(line);
                } else if (wrap) {
                    lines.addAll(wrapped(line));
                } else {
                    lines.add(cut(line));
                }
            }
            return lines.isEmpty() ? Collections.singletonList("") : lines;
        }

        private String cut(String line) {
            return line.substring(0, fitting(line, 0, maxWidth - ELLIPSIS.length())) + ELLIPSIS;
        }

        private List<String> wrapped(String line) {
            List<String> lines = new ArrayList<>();
            int start = 0;
            while (start < line.length()) {
                int end = fitting(line, start, maxWidth);
                if (end == line.length()) {
                    lines.add(line.substring(start));
                    break;
                }
                // Chinese text breaks between any two characters; Latin text at its last space.
                int space = line.lastIndexOf(' ', end);
                int cut = space > start ? space : end;
                lines.add(line.substring(start, cut).stripTrailing());
                start = cut;
                while (start < line.length() && line.charAt(start) == ' ') {
                    start++;
                }
            }
            return lines;
        }

        /** The end index of the longest piece from start that fits in the given columns (at least one character). */
        private static int fitting(String line, int start, int columns) {
            int w = 0;
            int i = start;
            while (i < line.length()) {
                int cp = line.codePointAt(i);
                int cw = Math.max(0, WCWidth.wcwidth(cp));
                if (w + cw > columns && i > start) {
                    break;
                }
                w += cw;
                i += Character.charCount(cp);
            }
            return i;
        }
    }
}
