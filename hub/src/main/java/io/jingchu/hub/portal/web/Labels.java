package io.jingchu.hub.portal.web;

import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.region.Division;
import io.jingchu.hub.region.RegionApi;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a facet value is called on a page, in the request's language: enum constants through the portal's
 * messages ({@code LEVEL.CITY}), organizations and divisions by their names.
 */
@Component
class Labels {

    private final MessageSource messages;
    private final IdentityApi identity;
    private final RegionApi regions;

    Labels(MessageSource messages, IdentityApi identity, RegionApi regions) {
        this.messages = messages;
        this.identity = identity;
        this.regions = regions;
    }

    String of(Facet facet, String value) {
        return switch (facet) {
            case ORGANIZATION -> organization(value);
            case DIVISION -> regions.find(value).map(Division::name).orElse(value);
            default -> message(facet.name() + "." + value, value);
        };
    }

    String message(String key, String fallback) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, fallback, locale);
    }

    private String organization(String id) {
        try {
            return identity.organization(Long.parseLong(id)).map(Organization::name).orElse(id);
        } catch (NumberFormatException e) {
            return id;
        }
    }
}
