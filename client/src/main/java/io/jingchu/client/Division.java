package io.jingchu.client;

/**
 * 行政区划: one administrative division.
 *
 * @param code 12-digit statistical code
 * @param level PROVINCE, CITY, COUNTY, TOWNSHIP or VILLAGE
 * @param parentCode null for a province
 */
public record Division(String code, String name, String level, String parentCode) {
}
