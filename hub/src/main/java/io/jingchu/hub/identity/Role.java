package io.jingchu.hub.identity;

/** What a user may do. Spring Security sees each as the authority {@code ROLE_<name>}. */
public enum Role {
    /** 数据管理部门: keeps the ledger, reviews, publishes, audits. */
    ADMIN,
    /** 部门数据专员: registers and edits its own organization's resources. */
    PUBLISHER,
    /** 公众、开发者、研究者: searches, reads, downloads, applies for access. */
    CONSUMER,
    /** 审计与监管: reads everything, changes nothing. */
    AUDITOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
