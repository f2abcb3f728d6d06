package io.jingchu.hub.identifier.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the persistent identifiers ({@code jingchu.identifier.*}); the embedded default needs none.
 *
 * @param prefix the Handle prefix of this hub's identifiers, as allotted by the resolution system (for example
 *        a secondary node of the industrial-internet identifier system); default {@code 88.118.8}
 * @param resourcePage the landing page of a resource below {@code jingchu.public-url}; {@code {code}} stands for
 *        the resource's code
 * @param versionPage where a dataset version is found; {@code {code}} and {@code {number}} as above. By default its
 *        public download, the very bytes whose content hash the identifier carries
 * @param ttl how long resolvers may cache a value (the values' {@code ttl})
 */
@ConfigurationProperties("jingchu.identifier")
public record IdentifierSettings(
        @DefaultValue("88.118.8") String prefix,
        @DefaultValue("/api/v1/resources/{code}") String resourcePage,
        @DefaultValue("/api/v1/resources/{code}/versions/{number}/download") String versionPage,
        @DefaultValue("24h") Duration ttl) {

    public IdentifierSettings {
        if (!HandleSyntax.isPrefix(prefix)) {
            throw new IllegalArgumentException("jingchu.identifier.prefix is digits or letters in dot-separated "
                    + "segments, like 88.118.8; not " + prefix);
        }
        if (!resourcePage.startsWith("/") || !versionPage.startsWith("/")) {
            throw new IllegalArgumentException("jingchu.identifier.resource-page and version-page start with /");
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("jingchu.identifier.ttl must be positive");
        }
    }
}
