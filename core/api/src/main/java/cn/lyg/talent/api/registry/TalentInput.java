package cn.lyg.talent.api.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * What a clerk or a talent submits to register or update a talent. Server-managed facts
 * (id, certifications, who changed what when) are not part of it.
 *
 * <p>{@code birthDate} may be left out for a resident identity number, which carries it;
 * when given it must agree with the number. {@code jurisdiction} defaults to the caller's.
 * {@code account} is the login name the talent uses online, if any.
 */
public class TalentInput {
    public String name;
    public Gender gender;
    public IdentityDocument document;
    /** ISO 3166-1 alpha-3, e.g. CHN. */
    public String nationality;
    public LocalDate birthDate;
    public Degree highestDegree;
    public String title;
    public Employer employer;
    public String jurisdiction;
    public String phone;
    public String email;
    public String account;
    public Spouse spouse;
    public List<Child> children;
    /** For updates: the version read, so that a concurrent change is refused, not overwritten. */
    public Long version;
}
