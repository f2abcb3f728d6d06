package io.jingchu.hub.catalog;

import org.jspecify.annotations.Nullable;

/** 联系方式: who answers questions about a resource. */
public record Contact(String name, @Nullable String phone, @Nullable String email) {
}
