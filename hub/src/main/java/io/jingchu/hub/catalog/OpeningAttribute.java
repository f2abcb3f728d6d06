package io.jingchu.hub.catalog;

/** 开放属性: whether the public may use the resource. */
public enum OpeningAttribute {
    UNCONDITIONAL("无条件开放"),
    CONDITIONAL("有条件开放"),
    NONE("不予开放");

    private final String label;

    OpeningAttribute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
