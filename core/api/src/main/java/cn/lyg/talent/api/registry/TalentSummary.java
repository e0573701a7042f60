package cn.lyg.talent.api.registry;

/** A talent in a list: identity and phone numbers are masked. */
public class TalentSummary {
    public String id;
    public String name;
    public Gender gender;
    public DocumentType documentType;
    public String maskedDocumentNumber;
    public String maskedPhone;
    public String employerName;
    public String jurisdiction;
    public TalentClass currentClass;
    public boolean highLevel;
}
