package cn.lyg.talent.api;

import java.util.List;

/**
 * A request a service refuses. It carries a stable {@link #code()} that clients may rely on,
 * the text in Chinese and English and, for bad input, what is wrong with each field.
 * A refused request writes nothing.
 */
public class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a request is refused; decides the HTTP status a REST client sees. */
    public enum Kind {
        /** The request breaks a rule of the domain (422). */
        INVALID,
        /** The record does not exist, or is outside the caller's jurisdiction (404). */
        NOT_FOUND,
        /** The request collides with existing data or a concurrent change (409). */
        CONFLICT,
        /** The caller's role does not allow it (403). */
        FORBIDDEN
    }

    private final Kind kind;
    private final String code;
    private final String messageZh;
    private final String messageEn;
    private final List<FieldError> fieldErrors;

    public Refusal(Kind kind, String code, String messageZh, String messageEn, List<FieldError> fieldErrors) {
        super(code + ": " + messageEn);
        this.kind = kind;
        this.code = code;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
        this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
    }

    /**
     * Bad input in one field: INVALID (422) with the same code and reason at the field, e.g. for
     * a plugin's rule on a value (field {@code values.school}, {@code form.stage}).
     *
     * @since 1.0
     */
    public static Refusal invalid(String code, String field, String messageZh, String messageEn) {
        return new Refusal(Kind.INVALID, code, messageZh, messageEn, List.of(new FieldError(field, code, messageZh, messageEn)));
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return messageEn;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
