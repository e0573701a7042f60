package cn.lyg.talent.api.notify;

/**
 * Who a notification is for: one account (a talent, a clerk), everyone of a responsible unit, or
 * everyone holding a role in a jurisdiction (the window, the talent office).
 */
public final class Recipient {
    private static final String UNIT = "unit:";
    private static final String ROLE = "role:";

    private final String address;

    private Recipient(String address) {
        this.address = address;
    }

    public static Recipient account(String account) {
        return new Recipient(account);
    }

    public static Recipient unit(String unitCode) {
        return new Recipient(UNIT + unitCode);
    }

    /** Everyone with {@code role} (its JAAS name, e.g. window) working for {@code jurisdiction}. */
    public static Recipient role(String role, String jurisdiction) {
        return new Recipient(ROLE + role + "@" + jurisdiction);
    }

    public static Recipient parse(String address) {
        return new Recipient(address);
    }

    /** The stored form: {@code account}, {@code unit:CODE} or {@code role:name@jurisdiction}. */
    public String address() {
        return address;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Recipient r && r.address.equals(address);
    }

    @Override
    public int hashCode() {
        return address.hashCode();
    }

    @Override
    public String toString() {
        return address;
    }
}
