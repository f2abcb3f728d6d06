package io.jingchu.hub.identity;

import io.jingchu.hub.region.DivisionLevel;
import java.util.Objects;

/**
 * 单位: a department or body that owns data resources, such as 宜昌市市场监督管理局, placed in one division.
 *
 * @param id surrogate key
 * @param code stable short code, unique (e.g. {@code yc-scjgj})
 * @param name official name
 * @param divisionCode the 12-digit code of the division it belongs to
 * @param level that division's level
 */
public record Organization(long id, String code, String name, String divisionCode, DivisionLevel level) {

    public Organization {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(divisionCode, "divisionCode");
        Objects.requireNonNull(level, "level");
    }
}
