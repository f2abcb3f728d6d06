package io.jingchu.hub.catalog;

/** 共享属性: whether other government bodies may use the resource. */
public enum SharingAttribute {
    UNCONDITIONAL("无条件共享"),
    CONDITIONAL("有条件共享"),
    NONE("不予共享");

    private final String label;

    SharingAttribute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
