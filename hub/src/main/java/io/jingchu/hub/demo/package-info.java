/**
 * 演示数据: a realistic demo ledger for {@code ./jingchu demo} and the benchmarks: Hubei's organizations
 * at every level, demo accounts, and a few thousand resources across themes, grades, attributes and
 * lifecycle states, all registered through the other modules' public APIs. Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo",
        allowedDependencies = {"region", "identity", "catalog"})
@org.jspecify.annotations.NullMarked
package io.jingchu.hub.demo;
