package cn.lyg.talent.api.registry;

/** Identity documents a talent or a family member may be registered with. */
public enum DocumentType {
    /** 居民身份证, GB 11643 (18 characters with check character). */
    RESIDENT_ID,
    /** 港澳居民居住证: GB 11643 format, address code 810000/820000. */
    HK_MACAO_RESIDENCE_PERMIT,
    /** 台湾居民居住证: GB 11643 format, address code 830000. */
    TAIWAN_RESIDENCE_PERMIT,
    /** 港澳居民来往内地通行证 (Home Return Permit). */
    HK_MACAO_TRAVEL_PERMIT,
    /** 台湾居民来往大陆通行证. */
    TAIWAN_TRAVEL_PERMIT,
    /** 外国人永久居留身份证 (2017 format of 15 characters or 2023 format of 18). */
    FOREIGN_PERMANENT_RESIDENCE,
    /** A passport of any country. */
    PASSPORT
}
