package io.jingchu.hub.portal.web;

import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.region.Division;
import io.jingchu.hub.region.RegionApi;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a facet value is called on a page, in the request's language: enum constants through the portal's
 * messages ({@code LEVEL.CITY}), organizations and divisions by their names. A search page labels two dozen
 * values, so names once looked up are kept for a minute ({@link #NAMES_KEPT}) instead of being asked again per
 * value and page; divisions and organizations are named once and seldom renamed.
 */
@Component
class Labels {

    static final Duration NAMES_KEPT = Duration.ofMinutes(1);

    private final MessageSource messages;
    private final IdentityApi identity;
    private final RegionApi regions;
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private volatile long namesSince = System.nanoTime();

    Labels(MessageSource messages, IdentityApi identity, RegionApi regions) {
        this.messages = messages;
        this.identity = identity;
        this.regions = regions;
    }

    String of(Facet facet, String value) {
        return switch (facet) {
            case ORGANIZATION -> named("o" + value, () -> organization(value)).orElse(value);
            case DIVISION -> named("d" + value, () -> regions.find(value).map(Division::name)).orElse(value);
            default -> message(facet.name() + "." + value, value);
        };
    }

    /** A name kept, or looked up and kept when found (what is not found is not kept: it may be any text). */
    private Optional<String> named(String key, Supplier<Optional<String>> lookup) {
        long now = System.nanoTime();
        if (now - namesSince > NAMES_KEPT.toNanos()) {
            names.clear();
            namesSince = now;
        }
        String known = names.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> found = lookup.get();
        found.ifPresent(name -> names.put(key, name));
        return found;
    }

    String message(String key, String fallback) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, fallback, locale);
    }

    private Optional<String> organization(String id) {
        try {
            return identity.organization(Long.parseLong(id)).map(Organization::name);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
