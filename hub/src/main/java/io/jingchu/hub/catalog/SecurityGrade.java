package io.jingchu.hub.catalog;

/** 数据分级 after GB/T 43697-2024 (数据安全技术 数据分类分级规则): general, important, core data. */
public enum SecurityGrade {
    GENERAL("一般数据"),
    IMPORTANT("重要数据"),
    CORE("核心数据");

    private final String label;

    SecurityGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
