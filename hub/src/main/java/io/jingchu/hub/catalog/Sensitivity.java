package io.jingchu.hub.catalog;

/** 敏感程度: how much harm disclosure would do, from 1 (none beyond the public) to 4 (severe). */
public enum Sensitivity {
    L1("一级（公开）"),
    L2("二级（低敏感）"),
    L3("三级（较敏感）"),
    L4("四级（高敏感）");

    private final String label;

    Sensitivity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
