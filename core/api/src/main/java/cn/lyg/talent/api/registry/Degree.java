package cn.lyg.talent.api.registry;

/** Highest degree held; a doctorate matters for children's schooling (Art.4.2). */
public enum Degree {
    DOCTORATE, MASTER, BACHELOR, ASSOCIATE, OTHER
}
