package io.jingchu.client.cli;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@code jingchu login} keeps between runs: the hub, the token it issued and who it belongs to.
 *
 * @param tokenId the hub's id of the token, so that {@code logout} can revoke it
 */
record Credentials(String url, String token, Long tokenId, String username) {

    Credentials {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(token, "token");
    }

    /** Whether two addresses name the same hub, ignoring case of scheme and host and trailing slashes. */
    static boolean sameHub(String one, String other) {
        return normalized(one).equals(normalized(other));
    }

    private static String normalized(String url) {
        String text = url.strip();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        try {
            URI uri = URI.create(text);
            if (uri.getScheme() != null && uri.getHost() != null) {
                int port = uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
                return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                        + ":" + port + (uri.getRawPath() == null ? "" : uri.getRawPath());
            }
        } catch (IllegalArgumentException e) {
            // not a URI: compare the text as it is
        }
        return text;
    }

    @Override
    public String toString() {
        return "Credentials[url=" + url + ", tokenId=" + tokenId + ", username=" + username + "]";
    }
}
