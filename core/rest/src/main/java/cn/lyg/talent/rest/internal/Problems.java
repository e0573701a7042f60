package cn.lyg.talent.rest.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;

import cn.lyg.talent.api.FieldError;
import cn.lyg.talent.api.Names;

/** Problem responses for what the HTTP layer itself refuses, with texts from resource bundles. */
final class Problems {
    private static final String BUNDLE = "cn.lyg.talent.rest.internal.problems";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Problems() {
    }

    static String text(Locale locale, String key, Object... args) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale, Problems.class.getClassLoader(), NO_FALLBACK);
        String pattern = b.containsKey(key) ? b.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    static FieldError field(String field, String code, Object... args) {
        return new FieldError(field, code, text(Locale.CHINESE, "field." + code, args),
                text(Locale.ROOT, "field." + code, args));
    }

    /**
     * A code that is none of an enum's: the answer lists the codes there are, each with its name
     * in the message's language ({@code VERY_SATISFIED（非常满意）}), so a talent's app can show it.
     */
    static FieldError choice(String field, Class<?> type) {
        Enum<?>[] codes = (Enum<?>[]) type.getEnumConstants();
        return new FieldError(field, "INVALID_CHOICE", text(Locale.CHINESE, "field.INVALID_CHOICE", Names.choicesZh(codes)),
                text(Locale.ROOT, "field.INVALID_CHOICE", Names.choicesEn(codes)));
    }

    /** 404 with the code of what was not found. */
    static WebApplicationException notFound(String code) {
        return new WebApplicationException(response(404, code, List.of()));
    }

    static Response response(int status, String code, List<FieldError> errors, Object... args) {
        Problem p = new Problem(status, code, text(Locale.CHINESE, "problem." + code, args),
                text(Locale.ROOT, "problem." + code, args), errors);
        return of(p);
    }

    static Response of(Problem p) {
        return Response.status(p.status).type(Problem.MEDIA_TYPE).entity(p).build();
    }
}
