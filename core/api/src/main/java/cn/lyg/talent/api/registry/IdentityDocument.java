package cn.lyg.talent.api.registry;

/** An identity document. In lists the number is masked (see {@link TalentSummary}). */
public class IdentityDocument {
    public DocumentType type;
    public String number;

    public IdentityDocument() {
    }

    public IdentityDocument(DocumentType type, String number) {
        this.type = type;
        this.number = number;
    }
}
