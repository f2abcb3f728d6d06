package io.jingchu.client;

/**
 * 单位: a department that owns data resources, placed in one division.
 *
 * @param level the level of its division
 */
public record Organization(long id, String code, String name, String divisionCode, String level) {
}
