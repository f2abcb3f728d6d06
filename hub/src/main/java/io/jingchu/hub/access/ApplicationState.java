package io.jingchu.hub.access;

/**
 * Where an application for conditionally open data stands. A pending application is approved, refused or
 * withdrawn by its applicant; an approved one may be revoked. Every other state is final. An approval whose
 * expiry has passed stays {@code APPROVED} for the record but no longer grants access.
 */
public enum ApplicationState {
    PENDING("待审批"),
    APPROVED("已批准"),
    REFUSED("已拒绝"),
    WITHDRAWN("已撤回"),
    REVOKED("已撤销");

    private final String label;

    ApplicationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
