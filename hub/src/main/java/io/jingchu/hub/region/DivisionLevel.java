package io.jingchu.hub.region;

/**
 * 行政区划层级: the five levels of the statistical division code. A 12-digit code carries its own level:
 * the digits after a level's significant prefix are all zero (province 2, city 4, county 6, township 9,
 * village 12), and no lower level ever uses an all-zero segment.
 */
public enum DivisionLevel {
    PROVINCE(2, "省级"),
    CITY(4, "市级"),
    COUNTY(6, "县级"),
    TOWNSHIP(9, "乡级"),
    VILLAGE(12, "村级");

    private final int significantDigits;
    private final String label;

    DivisionLevel(int significantDigits, String label) {
        this.significantDigits = significantDigits;
        this.label = label;
    }

    /** How many leading digits of a 12-digit code name a division of this level. */
    public int significantDigits() {
        return significantDigits;
    }

    /** The Chinese name of the level (省级 … 村级). */
    public String label() {
        return label;
    }

    /** The level a 12-digit code denotes. */
    public static DivisionLevel ofCode(String code) {
        DivisionCodes.requireValid(code);
        for (DivisionLevel level : values()) {
            if (code.substring(level.significantDigits).chars().allMatch(c -> c == '0')) {
                return level;
            }
        }
        return VILLAGE;
    }
}
