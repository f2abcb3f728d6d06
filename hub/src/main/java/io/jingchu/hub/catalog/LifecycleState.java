package io.jingchu.hub.catalog;

/**
 * 生命周期: draft → submitted → published or rejected (with reason) → retired. A rejected resource may be
 * edited and submitted again; a retired one is kept for the record and never changes again.
 */
public enum LifecycleState {
    DRAFT("草稿"),
    SUBMITTED("待审核"),
    PUBLISHED("已发布"),
    REJECTED("已驳回"),
    RETIRED("已下线");

    private final String label;

    LifecycleState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
