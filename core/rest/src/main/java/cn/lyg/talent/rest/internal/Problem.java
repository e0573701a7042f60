package cn.lyg.talent.rest.internal;

import java.util.List;

import cn.lyg.talent.api.FieldError;

/**
 * The body of an {@code application/problem+json} error (RFC 7807) with the platform's stable
 * {@code code}, the text in Chinese and English (the RFC's {@code title} in Chinese, read first),
 * and what is wrong with each field.
 */
public class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";

    public String type;
    public String title;
    public int status;
    public String code;
    public String messageZh;
    public String messageEn;
    public List<FieldError> errors;

    public Problem() {
    }

    public Problem(int status, String code, String messageZh, String messageEn, List<FieldError> errors) {
        this.type = "urn:cn.lyg.talent:problem:" + code;
        // A client that shows the standard summary shows what a talent or clerk reads first.
        this.title = messageZh;
        this.status = status;
        this.code = code;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
        this.errors = errors;
    }
}
