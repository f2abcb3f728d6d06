package io.jingchu.client;

import java.util.Locale;

/** A step of a resource's lifecycle that is asked for by name: submit for review, publish, reject, retire. */
public enum Transition {
    /** 提交审核 (owner or the data bureau). */
    SUBMIT,
    /** 发布 (the data bureau only). */
    PUBLISH,
    /** 驳回, with a reason (the data bureau only). */
    REJECT,
    /** 下线 (the data bureau only). */
    RETIRE;

    /** The last path segment of its endpoint. */
    String pathSegment() {
        return name().toLowerCase(Locale.ROOT);
    }
}
