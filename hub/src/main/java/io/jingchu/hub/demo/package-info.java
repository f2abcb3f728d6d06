/**
 * 演示数据: a realistic demo ledger for {@code ./jingchu demo} and the benchmarks: Hubei's organizations
 * at every level, demo accounts, and a few thousand resources across themes, grades, attributes and
 * lifecycle states, and open datasets with real rows (China's villages, Yichang's enterprises, bus stops, air
 * quality and hospitals) loaded through the same upload path publishers use. Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo",
        allowedDependencies = {"region", "identity", "catalog", "ingest"})
@org.jspecify.annotations.NullMarked
package io.jingchu.hub.demo;
