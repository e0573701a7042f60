package cn.lyg.talent.engine.internal.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import cn.lyg.talent.api.catalog.Choice;
import cn.lyg.talent.api.catalog.FieldType;
import cn.lyg.talent.api.catalog.FormField;
import cn.lyg.talent.api.catalog.ServiceDefinition;
import cn.lyg.talent.api.catalog.ServiceGuide;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.engine.internal.Messages;

/**
 * Reads service descriptors: XML files defining services that are only a form, units and a guide
 * (no Java). Strict on purpose: an unknown element or attribute is an error, so a typo is reported
 * instead of silently dropping a field. The format is in {@code docs/plugin-guide.md}; document
 * type declarations are refused (no external entities).
 */
public final class DescriptorReader {
    private static final Messages M = Messages.ENGINE;
    public static final String NAMESPACE = "urn:cn.lyg.talent:service:1";

    /** A service read from a descriptor, with the ranking the descriptor asks for. */
    public record Described(ServiceDefinition definition, int ranking) {
    }

    /** A file that cannot be used, with the reason in Chinese and English (the XML parser's own words are English). */
    public static class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        private final String zh;

        Invalid(Text reason) {
            super(reason.en);
            this.zh = reason.zh;
        }

        /** The reason in both languages; {@link #getMessage()} is the English one. */
        public Text reason() {
            return Text.of(zh, getMessage());
        }
    }

    /** A reason from {@code descriptor.<key>} of the engine's texts, after where it is ({@code service "x": }). */
    private static Invalid invalid(Element at, String key, Object... args) {
        String code = at == null ? null : code(at);
        Text what = M.text("descriptor." + key, args);
        if (code == null) {
            return new Invalid(what);
        }
        Text where = M.text("descriptor.WHERE", code);
        return new Invalid(Text.of(where.zh + what.zh, where.en + what.en));
    }

    private DescriptorReader() {
    }

    public static List<Described> read(InputStream in) throws Invalid, IOException {
        Element root;
        try {
            root = builder().parse(in).getDocumentElement();
        } catch (SAXParseException e) {
            throw invalid(null, "LINE", e.getLineNumber(), e.getMessage());
        } catch (SAXException e) {
            throw invalid(null, "PARSER", e.getMessage());
        }
        List<Described> out = new ArrayList<>();
        if (!NAMESPACE.equals(root.getNamespaceURI())) {
            throw invalid(null, "NAMESPACE", NAMESPACE);
        }
        switch (root.getLocalName()) {
            case "service" -> out.add(service(root));
            case "services" -> {
                attributes(root, Set.of());
                for (Element e : children(root)) {
                    expect(e, "service");
                    out.add(service(e));
                }
            }
            default -> throw invalid(null, "ROOT");
        }
        if (out.isEmpty()) {
            throw invalid(null, "NO_SERVICE");
        }
        return out;
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Described service(Element s) throws Invalid {
        attributes(s, Set.of("code", "article", "jurisdiction", "ranking", "requires-plugin"));
        ServiceDefinition d = new ServiceDefinition();
        d.code = attr(s, "code", true);
        d.requiredPlugin = attr(s, "requires-plugin", false);
        if (d.requiredPlugin != null && !d.requiredPlugin.matches("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*")) {
            throw invalid(s, "REQUIRES_PLUGIN", d.requiredPlugin);
        }
        d.article = attr(s, "article", false);
        d.jurisdiction = attr(s, "jurisdiction", false);
        int ranking = integer(s, "ranking", 0);
        for (Element e : children(s)) {
            switch (e.getLocalName()) {
                case "name" -> d.name = text(e);
                case "description" -> d.description = text(e);
                case "unit" -> {
                    attributes(e, Set.of());
                    // Unit codes are upper case (EDUCATION); one written in another case is the same unit.
                    d.units.add(e.getTextContent().strip().toUpperCase(Locale.ROOT));
                }
                case "guide" -> d.guide = guide(e);
                case "form" -> {
                    attributes(e, Set.of());
                    for (Element f : children(e)) {
                        expect(f, "field");
                        d.form.add(field(f));
                    }
                }
                default -> throw unexpected(e);
            }
        }
        if (d.name == null) {
            throw invalid(s, "NO_NAME");
        }
        return new Described(d, ranking);
    }

    private static ServiceGuide guide(Element g) throws Invalid {
        attributes(g, Set.of());
        ServiceGuide guide = new ServiceGuide();
        for (Element e : children(g)) {
            switch (e.getLocalName()) {
                case "eligibility" -> guide.eligibility = text(e);
                case "material" -> guide.materials.add(text(e));
                case "step" -> guide.steps.add(text(e));
                case "time-limits" -> guide.timeLimits = text(e);
                case "fees" -> guide.fees = text(e);
                case "contact" -> guide.contact = text(e);
                default -> throw unexpected(e);
            }
        }
        return guide;
    }

    private static FormField field(Element f) throws Invalid {
        attributes(f, Set.of("name", "type", "required", "min", "max", "max-length", "pattern", "required-if", "decimals"));
        FormField field = new FormField();
        field.name = attr(f, "name", true);
        String type = attr(f, "type", true);
        try {
            field.type = FieldType.valueOf(type.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw invalid(f, "TYPE", type);
        }
        String required = attr(f, "required", false);
        if (required != null && !required.equals("true") && !required.equals("false")) {
            throw invalid(f, "REQUIRED");
        }
        field.required = "true".equals(required);
        field.min = attr(f, "min", false);
        field.max = attr(f, "max", false);
        field.pattern = attr(f, "pattern", false);
        field.maxLength = f.hasAttribute("max-length") ? integer(f, "max-length", 0) : null;
        field.requiredIf = attr(f, "required-if", false);
        field.decimals = f.hasAttribute("decimals") ? integer(f, "decimals", 0) : null;
        for (Element e : children(f)) {
            switch (e.getLocalName()) {
                case "label" -> field.label = text(e);
                case "hint" -> field.hint = text(e);
                case "choice" -> {
                    attributes(e, Set.of("key", "zh", "en"));
                    field.choices.add(new Choice(attr(e, "key", true), new Text(attr(e, "zh", true), attr(e, "en", true))));
                }
                default -> throw unexpected(e);
            }
        }
        return field;
    }

    /** A text given as {@code zh} and {@code en} attributes. */
    private static Text text(Element e) throws Invalid {
        attributes(e, Set.of("zh", "en"));
        if (!children(e).isEmpty()) {
            throw invalid(e, "TEXT_IN_ATTRIBUTES", e.getLocalName());
        }
        return new Text(attr(e, "zh", true), attr(e, "en", true));
    }

    private static void attributes(Element e, Set<String> allowed) throws Invalid {
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Node a = attrs.item(i);
            String name = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
            if (a.getNodeName().startsWith("xmlns")) {
                continue;
            }
            if (!allowed.contains(name)) {
                throw invalid(e, "NO_ATTRIBUTE", e.getLocalName(), name);
            }
        }
    }

    private static String attr(Element e, String name, boolean required) throws Invalid {
        if (!e.hasAttribute(name)) {
            if (required) {
                throw invalid(e, "NEEDS_ATTRIBUTE", e.getLocalName(), name);
            }
            return null;
        }
        return e.getAttribute(name).strip();
    }

    private static int integer(Element e, String name, int otherwise) throws Invalid {
        String v = attr(e, name, false);
        try {
            return v == null ? otherwise : Integer.parseInt(v);
        } catch (NumberFormatException x) {
            throw invalid(e, "NOT_WHOLE", name, v);
        }
    }

    private static List<Element> children(Element parent) throws Invalid {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (!NAMESPACE.equals(e.getNamespaceURI())) {
                    throw invalid(e, "ELEMENT_NAMESPACE", e.getNodeName(), NAMESPACE);
                }
                out.add(e);
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getTextContent().isBlank()
                    && !"unit".equals(parent.getLocalName())) {
                throw invalid(parent, "NO_TEXT", parent.getLocalName());
            }
        }
        return out;
    }

    private static void expect(Element e, String name) throws Invalid {
        if (!name.equals(e.getLocalName())) {
            throw unexpected(e);
        }
    }

    private static Invalid unexpected(Element e) {
        Node parent = e.getParentNode();
        return invalid(e, "NOT_ALLOWED", e.getLocalName(), parent.getLocalName());
    }

    /** The code of the service an element belongs to, if it has one yet. */
    private static String code(Element e) {
        for (Node n = e; n instanceof Element x; n = n.getParentNode()) {
            if ("service".equals(x.getLocalName()) && x.hasAttribute("code")) {
                return x.getAttribute("code");
            }
        }
        return null;
    }
}
