package cn.lyg.talent.api;

/**
 * The roles of design.md section 6. The role name is what Karaf's JAAS realm grants
 * (a user or group in {@code etc/users.properties}, or a single sign-on module later).
 */
public enum Role {
    /** A high-level talent acting for themself (Art.3, Art.6 online channel). */
    TALENT("talent"),
    /** A clerk of the one-stop window (Art.6). */
    WINDOW("window"),
    /** A handler of a responsible unit (Art.5); bound to one unit. */
    DEPARTMENT("department"),
    /** The city talent office: certification, supervision and assessment (Art.2, Art.8). */
    SUPERVISOR("supervisor"),
    /** A scenic-area gate checking gold cards (Art.4.5). */
    GATE("gate"),
    /** The operator of the instance. */
    ADMIN("admin");

    private final String principalName;

    Role(String principalName) {
        this.principalName = principalName;
    }

    /** The role name as granted by the JAAS realm. */
    public String principalName() {
        return principalName;
    }
}
