package io.jingchu.hub.region;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 行政区划: one administrative division.
 *
 * @param code the 12-digit statistical code
 * @param name its official name, such as 宜昌市
 * @param level province … village
 * @param parentCode the enclosing division's code, null for a province
 */
public record Division(String code, String name, DivisionLevel level, @Nullable String parentCode) {

    public Division {
        DivisionCodes.requireValid(code);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
    }
}
