package io.jingchu.hub.catalog;

/** 更新频率. */
public enum UpdateFrequency {
    REAL_TIME("实时"),
    DAILY("每日"),
    WEEKLY("每周"),
    MONTHLY("每月"),
    QUARTERLY("每季度"),
    SEMIANNUAL("每半年"),
    ANNUAL("每年"),
    IRREGULAR("不定期"),
    STATIC("不更新");

    private final String label;

    UpdateFrequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
