package cn.lyg.talent.engine.internal;

/**
 * A failure for the log without its messages: database and parser messages quote the values
 * they choke on, and those may be identity or phone numbers (design.md section 6).
 */
public final class Failures {
    private static final int FRAMES = 12;

    private Failures() {
    }

    /** The cause chain with types and code locations only. */
    public static String withoutMessages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            sb.append(c == t ? "" : System.lineSeparator() + "Caused by: ").append(c.getClass().getName());
            StackTraceElement[] frames = c.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, FRAMES); i++) {
                sb.append(System.lineSeparator()).append("\tat ").append(frames[i]);
            }
        }
        return sb.toString();
    }
}
