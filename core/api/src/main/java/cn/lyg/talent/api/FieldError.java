package cn.lyg.talent.api;

/**
 * What is wrong with one field of a request: the field's path (e.g. {@code document.number},
 * {@code children[1].birthDate}), a stable code and the text in Chinese and English.
 */
public class FieldError {
    public String field;
    public String code;
    public String messageZh;
    public String messageEn;

    public FieldError() {
    }

    public FieldError(String field, String code, String messageZh, String messageEn) {
        this.field = field;
        this.code = code;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }
}
