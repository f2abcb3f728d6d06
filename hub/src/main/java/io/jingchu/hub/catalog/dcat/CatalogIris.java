package io.jingchu.hub.catalog.dcat;

import io.jingchu.hub.catalog.Theme;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The IRIs the hub mints for what it describes, all below its public address ({@code jingchu.public-url}), so that
 * they dereference to the hub's own pages and API.
 */
final class CatalogIris {

    /** Licences that have a well-known IRI, keyed by their usual short names in lower case. */
    private static final Map<String, String> KNOWN_LICENCES = Map.of(
            "cc-by-4.0", "http://creativecommons.org/licenses/by/4.0/",
            "cc by 4.0", "http://creativecommons.org/licenses/by/4.0/",
            "cc-by-sa-4.0", "http://creativecommons.org/licenses/by-sa/4.0/",
            "cc by-sa 4.0", "http://creativecommons.org/licenses/by-sa/4.0/",
            "cc0-1.0", "http://creativecommons.org/publicdomain/zero/1.0/",
            "cc0", "http://creativecommons.org/publicdomain/zero/1.0/");

    private final String base;

    CatalogIris(String publicUrl) {
        String url = publicUrl.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        this.base = url;
    }

    String homepage() {
        return base + "/";
    }

    String catalog() {
        return base + "/catalog";
    }

    /** The hub itself as the publisher of the catalog. */
    String hub() {
        return base + "/catalog#publisher";
    }

    String dataset(String code) {
        return base + "/catalog/resources/" + segment(code);
    }

    String distribution(String code) {
        return dataset(code) + "/distributions/api";
    }

    /** The portal page of a resource. */
    String landingPage(String code) {
        return base + "/resources/" + segment(code);
    }

    /** The REST address of a resource, where its metadata (and later its data) are served. */
    String resourceApi(String code) {
        return base + "/api/v1/resources/" + segment(code);
    }

    String organization(String code) {
        return base + "/organizations/" + segment(code);
    }

    String region(String divisionCode) {
        return base + "/regions/" + segment(divisionCode);
    }

    String themeScheme() {
        return base + "/themes";
    }

    String theme(Theme theme) {
        return themeScheme() + "/" + theme.name().toLowerCase(Locale.ROOT);
    }

    /** A well-known licence's own IRI, or one minted for the licence text. */
    String licence(String licence) {
        String known = KNOWN_LICENCES.get(licence.strip().toLowerCase(Locale.ROOT));
        return known != null ? known : base + "/licences/" + segment(licence.strip());
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
