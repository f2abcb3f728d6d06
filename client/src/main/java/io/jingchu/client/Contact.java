package io.jingchu.client;

/** 联系方式: who answers questions about a resource. */
public record Contact(String name, String phone, String email) {
}
