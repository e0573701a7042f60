package cn.lyg.talent.api.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A registered talent, in full. Reading it shows the identity number unmasked, so every read
 * is audited; lists use {@link TalentSummary}.
 */
public class Talent {
    public String id;
    public String name;
    public Gender gender;
    public IdentityDocument document;
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
    /** Every certification ever recorded, oldest first (Art.3). */
    public List<Certification> certifications;
    /** The best class certified and valid today, or null. */
    public TalentClass currentClass;
    /** Art.3: a certification of class A-D is valid today. */
    public boolean highLevel;
    public Instant createdAt;
    public String createdBy;
    public Instant updatedAt;
    public String updatedBy;
    public long version;
}
