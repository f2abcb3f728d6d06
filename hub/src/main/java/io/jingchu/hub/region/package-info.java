/**
 * 行政区划: the five-level administrative division tree (province, city, county, township, village) with
 * 12-digit statistical codes, loaded from the National Bureau of Statistics' data shipped with the hub.
 * Exposes {@link io.jingchu.hub.region.RegionApi} and its records; owns the {@code division} table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regions")
@org.jspecify.annotations.NullMarked
package io.jingchu.hub.region;
