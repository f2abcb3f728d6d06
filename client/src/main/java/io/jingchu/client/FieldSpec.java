package io.jingchu.client;

/**
 * 字段: one field of a resource's schema.
 *
 * @param name machine name such as {@code credit_code}
 * @param label Chinese label (中文名称)
 * @param type STRING, INTEGER, DECIMAL, BOOLEAN, DATE or TIMESTAMP
 * @param unit unit of measure, or null
 * @param personal whether it holds personal information (个人信息)
 * @param key whether it is part of the dataset's key
 */
public record FieldSpec(String name, String label, String type, String unit, boolean nullable, boolean personal,
        boolean key) {

    public FieldSpec(String name, String label, String type, String unit, boolean nullable, boolean personal) {
        this(name, label, type, unit, nullable, personal, false);
    }
}
