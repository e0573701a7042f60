package cn.lyg.talent.api.registry;

/** The spouse, as spouse employment (Art.4.1) needs them. */
public class Spouse {
    public String name;
    public IdentityDocument document;
    public EmployerNature originalEmployerNature;
    public PersonalStatus personalStatus;
    public String speciality;
}
