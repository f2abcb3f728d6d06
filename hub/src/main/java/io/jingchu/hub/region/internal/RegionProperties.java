package io.jingchu.hub.region.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the division tree ({@code jingchu.region.*}).
 *
 * @param provinces which provinces to load on start, as 2-digit codes ({@code 42,43}); {@code all} loads the
 *     whole country (about 665,000 divisions), {@code none} loads nothing. Default {@code 42} (湖北省).
 *     Adding provinces later loads just the new ones; removing one does not delete it.
 */
@ConfigurationProperties("jingchu.region")
record RegionProperties(@DefaultValue("42") List<String> provinces) {

    static final String ALL = "all";
    static final String NONE = "none";

    RegionProperties {
        provinces = provinces.stream().map(p -> p.trim().toLowerCase(Locale.ROOT)).filter(p -> !p.isEmpty()).toList();
    }

    boolean loadsAll() {
        return provinces.contains(ALL);
    }

    /** The explicitly named province codes; meaningless when {@link #loadsAll()}. */
    Set<String> provinceCodes() {
        Set<String> codes = new TreeSet<>(provinces);
        codes.remove(NONE);
        codes.remove(ALL);
        return codes;
    }
}
