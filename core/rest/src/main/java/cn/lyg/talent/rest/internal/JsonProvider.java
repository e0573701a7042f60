package cn.lyg.talent.rest.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

import cn.lyg.talent.api.FieldError;
import cn.lyg.talent.api.registry.TalentInput;
import cn.lyg.talent.api.window.TransitionInput;

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
        // A field given twice ({"name":"甲","name":"乙"}) is refused: which one a clerk meant is not ours to guess.
        ObjectMapper m = JsonMapper.builder().disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
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
        m.addMixIn(TalentInput.class, KeptByThePlatform.class);
        m.addMixIn(TransitionInput.class, ValuesAsText.class);
        return m;
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        String charset = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !UTF_8.contains(charset.strip().toLowerCase(Locale.ROOT))) {
            // JSON is UTF-8 (RFC 8259): a body in GBK would read as other characters, or as broken ones.
            throw new WebApplicationException(Problems.response(415, "UNSUPPORTED_CHARSET", List.of(), charset));
        }
        // Kept whole, so that a refused body can be judged field by field (bodies are bounded by BodyLimit).
        byte[] body = entityStream.readAllBytes();
        try {
            Object value = super.readFrom(type, genericType, annotations, mediaType, httpHeaders,
                    new ByteArrayInputStream(body));
            if (value == null) {
                throw new WebApplicationException(Problems.response(400, "BODY_REQUIRED", List.of()));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new WebApplicationException(problem(e, body, READER.constructType(genericType)));
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

    /** The names a UTF-8 body is declared with. */
    private static final Set<String> UTF_8 = Set.of("utf-8", "utf8");

    /** Reads a body that a resource took as text, with the same rules and problems as any other. */
    static <T> T read(String json, Class<T> type) {
        try {
            return READER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new WebApplicationException(problem(e, json.getBytes(StandardCharsets.UTF_8),
                    READER.constructType(type)));
        }
    }

    /**
     * The problem of a body that could not be read. Jackson stops at the first field it cannot
     * take; a clerk fixing a form wants every such field named at once, so a body that is valid
     * JSON is read again one top-level field at a time and each refused field is named.
     */
    /** Jackson's words for a field given twice (STRICT_DUPLICATE_DETECTION). */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

    static Response problem(JsonProcessingException e, byte[] body, JavaType type) {
        WebApplicationException fromStream = fromStream(e);
        if (fromStream != null) {
            return fromStream.getResponse();
        }
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.matches()) {
            // Inside an object (a form's values) Jackson reports it while mapping: named with its path.
            String at = e instanceof JsonMappingException m ? path(m) : "";
            String field = at.isEmpty() ? duplicate.group(1) : at + "." + duplicate.group(1);
            return Problems.response(400, "DUPLICATE_FIELD", List.of(Problems.field(field, "DUPLICATE_FIELD", field)));
        }
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException first)) {
            return Problems.response(400, "MALFORMED_JSON", List.of(),
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr());
        }
        List<FieldError> errors = new ArrayList<>();
        String code = null;
        for (JsonMappingException m : eachField(body, type)) {
            errors.add(fieldError(m));
            code = code == null ? problemCode(m) : code;
        }
        if (errors.isEmpty() && path(first).isEmpty()) {
            // Not a field's fault: the body as a whole is not what the address takes.
            if (String.valueOf(first.getOriginalMessage()).startsWith("Trailing token")) {
                // {"a":1} {"b":2}: one value, then more: as malformed as a missing brace.
                return Problems.response(400, "MALFORMED_JSON", List.of(),
                        first.getLocation() == null ? 0 : first.getLocation().getLineNr(),
                        first.getLocation() == null ? 0 : first.getLocation().getColumnNr());
            }
            return Problems.response(400, type.isCollectionLikeType() || type.isArrayType() ? "BODY_NOT_ARRAY"
                    : "BODY_NOT_OBJECT", List.of());
        }
        if (errors.isEmpty()) {
            // Refused only as a whole (a field alone reads well): the first refusal is the answer.
            errors.add(fieldError(first));
            code = problemCode(first);
        }
        return Problems.response(400, code, errors);
    }

    /** What reading each top-level field of {@code body} alone as {@code type} refuses, in the body's order. */
    private static List<JsonMappingException> eachField(byte[] body, JavaType type) {
        List<JsonMappingException> refused = new ArrayList<>();
        JsonNode root;
        try {
            root = READER.readTree(body);
        } catch (IOException e) {
            return refused;
        }
        if (!(root instanceof ObjectNode object)) {
            return refused;
        }
        ObjectReader reader = READER.readerFor(type);
        object.fields().forEachRemaining(field -> refusedAlone(reader, List.of(field.getKey()), field.getValue(), refused));
        return refused;
    }

    /** How deep a refused object is opened to name each of its refused fields (spouse.personalStatus). */
    private static final int NESTED = 3;

    /**
     * What reading the value at {@code path} alone refuses; a refused object (a spouse, an employer)
     * is read again one of its fields at a time, so that two wrong codes in it are named at once.
     */
    private static void refusedAlone(ObjectReader reader, List<String> path, JsonNode value, List<JsonMappingException> refused) {
        try {
            reader.readValue(nested(path, value));
        } catch (JsonMappingException m) {
            if (path.size() < NESTED && value instanceof ObjectNode object && object.size() > 1
                    && m.getPath().size() > path.size()) {
                int before = refused.size();
                object.fields().forEachRemaining(field -> {
                    List<String> inner = new ArrayList<>(path);
                    inner.add(field.getKey());
                    refusedAlone(reader, inner, field.getValue(), refused);
                });
                if (refused.size() > before) {
                    return;
                }
            }
            refused.add(m);
        } catch (IOException other) {
            // Not a field's fault: the whole body's refusal stands.
        }
    }

    /** {@code value} inside objects along {@code path}: spouse, personalStatus → {"spouse":{"personalStatus":…}}. */
    private static JsonNode nested(List<String> path, JsonNode value) {
        JsonNode node = value;
        for (int i = path.size() - 1; i >= 0; i--) {
            ObjectNode outer = READER.createObjectNode();
            outer.set(path.get(i), node);
            node = outer;
        }
        return node;
    }

    private static String problemCode(JsonMappingException e) {
        return e instanceof UnrecognizedPropertyException ? "UNKNOWN_FIELD" : "INVALID_VALUE";
    }

    private static FieldError fieldError(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return Problems.field(path(u), "UNKNOWN_FIELD", u.getPropertyName());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() == LocalDate.class) {
            // A date written another way (30/11/2026): the answer says how to write it.
            return Problems.field(path(m), "INVALID_DATE");
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            // A misspelt code (a level, a method): the answer lists the codes there are.
            return Problems.choice(path(f), f.getTargetType());
        }
        return Problems.field(path(e), "INVALID_VALUE");
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

    /**
     * A plugin's values on a step ({@code values}) are text the plugin reads: a client sending
     * {@code "quotaAvailable": false} or a number means the same as the text, which the plugin's
     * own refusal asks for ("true/false"). Elsewhere a wrong JSON type stays refused.
     */
    abstract static class ValuesAsText {
        @JsonDeserialize(contentUsing = ScalarAsText.class)
        Map<String, String> values;
    }

    /** A JSON string, true/false or number as its text; anything else (an object, a list) is refused. */
    static final class ScalarAsText extends JsonDeserializer<String> {
        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE
                    || token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return p.getText();
            }
            return (String) context.handleUnexpectedToken(String.class, p);
        }
    }

    /** The fields of a talent record the platform keeps itself (Talent, not TalentInput). */
    @JsonIgnoreProperties(value = {"id", "currentClass", "highLevel", "certifications",
        "createdAt", "createdBy", "updatedAt", "updatedBy"})
    abstract static class KeptByThePlatform {
    }
}
