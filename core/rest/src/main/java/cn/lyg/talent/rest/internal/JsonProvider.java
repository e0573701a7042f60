package cn.lyg.talent.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * JSON for the API: ISO dates, unknown fields refused (a typo must not be silently dropped),
 * and every unreadable body answered with a problem naming the field, before any service runs.
 */
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonProvider extends JacksonJsonProvider {

    public JsonProvider() {
        super(mapper());
    }

    static ObjectMapper mapper() {
        // A value of the wrong JSON type is refused, not converted: {"name": 12345} is not a
        // name, "true" is not a boolean, 1.5 is not a count, 1 is not an enum constant.
        // A code is taken in any case, as in queries and on the console ("phone" is PHONE).
        ObjectMapper m = JsonMapper.builder().disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS).build();
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            m.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        m.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        m.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        m.registerModule(new JavaTimeModule());
        m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        m.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        m.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        m.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        // A client may PUT back the record it read (GET, change, PUT): what the platform keeps
        // itself is ignored there, any other unknown field is still refused (a typo is not lost).
        m.addMixIn(cn.lyg.talent.api.registry.TalentInput.class, KeptByThePlatform.class);
        return m;
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        try {
            Object value = super.readFrom(type, genericType, annotations, mediaType, httpHeaders, entityStream);
            if (value == null) {
                throw new WebApplicationException(Problems.response(400, "BODY_REQUIRED", List.of()));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new WebApplicationException(problem(e));
        }
    }

    /** Jackson wraps what the body's stream throws (BodyLimit's 413 on a chunked body) in its own exception. */
    private static WebApplicationException fromStream(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof WebApplicationException w) {
                return w;
            }
        }
        return null;
    }

    private static final ObjectMapper READER = mapper();

    /** Reads a body that a resource took as text, with the same rules and problems as any other. */
    static <T> T read(String json, Class<T> type) {
        try {
            return READER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new WebApplicationException(problem(e));
        }
    }

    static javax.ws.rs.core.Response problem(JsonProcessingException e) {
        WebApplicationException fromStream = fromStream(e);
        if (fromStream != null) {
            return fromStream.getResponse();
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return Problems.response(400, "UNKNOWN_FIELD",
                    List.of(Problems.field(path(u), "UNKNOWN_FIELD", u.getPropertyName())));
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            // A misspelt code (a level, a method): the answer lists the codes there are.
            return Problems.response(400, "INVALID_VALUE", List.of(Problems.field(path(f), "INVALID_CHOICE",
                    choices(f.getTargetType()))));
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            return Problems.response(400, "INVALID_VALUE",
                    List.of(Problems.field(path((JsonMappingException) e), "INVALID_VALUE")));
        }
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException)) {
            return Problems.response(400, "MALFORMED_JSON", List.of(),
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr());
        }
        return Problems.response(400, "INVALID_VALUE",
                List.of(Problems.field(path((JsonMappingException) e), "INVALID_VALUE")));
    }

    /** The codes of an enum as a message lists them: {@code PHONE, VISIT, ONLINE}. */
    static String choices(Class<?> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The field path as the service names it: {@code employer.creditCode}, {@code children[1].name}. */
    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** The fields of a talent record the platform keeps itself (Talent, not TalentInput). */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(value = {"id", "currentClass", "highLevel", "certifications",
        "createdAt", "createdBy", "updatedAt", "updatedBy"})
    abstract static class KeptByThePlatform {
    }
}
