package cn.lyg.talent.api.catalog;

/** A text in Chinese, which people see first, and English. */
public class Text {
    public String zh;
    public String en;

    public Text() {
    }

    public Text(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }
}
