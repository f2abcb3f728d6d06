package io.jingchu.hub.common;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every module shares. The embedded default needs none of them.
 *
 * @param dataDir where the H2 database, dataset versions and search indexes live (default {@code ./var})
 * @param publicUrl the address the hub is reached at, used in links it hands out (catalog URIs, landing pages)
 * @param demo whether to load the demo ledger on start ({@code ./jingchu demo} sets it)
 */
@ConfigurationProperties("jingchu")
public record HubProperties(
        @DefaultValue("./var") Path dataDir,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("false") boolean demo) {

    /** A sub-directory of the data directory, for a module's own files. */
    public Path dir(String name) {
        return dataDir.resolve(name);
    }
}
