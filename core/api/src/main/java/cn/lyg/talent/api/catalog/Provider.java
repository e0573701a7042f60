package cn.lyg.talent.api.catalog;

/**
 * Who provides a service or an extension: the bundle and its version, and whether it is Java
 * code or a descriptor (then {@code descriptor} names the file).
 */
public class Provider {
    public String bundle;
    public String version;
    public String descriptor;
    public int ranking;
    /** For an extension: what it adds (a rule, fields, the handler, a listener); null for an offering. */
    public ExtensionKind extension;

    public Provider() {
    }

    public Provider(String bundle, String version, String descriptor, int ranking) {
        this.bundle = bundle;
        this.version = version;
        this.descriptor = descriptor;
        this.ranking = ranking;
    }

    @Override
    public String toString() {
        return bundle + " " + version + (descriptor == null ? "" : " (" + descriptor + ")");
    }
}
