package io.jingchu.hub.demo.internal;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.common.HubProperties;
import io.jingchu.hub.demo.OpenDataset;
import io.jingchu.hub.demo.OpenDatasets;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.ingest.IngestApi;
import io.jingchu.hub.ingest.LoadRequest;
import io.jingchu.hub.ingest.LoadSource;
import io.jingchu.hub.ingest.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Registers, publishes and loads the demo's open datasets ({@link OpenDatasets}) as their owning departments
 * would: a CSV export uploaded through the ingest API, then a load job. The jobs run in the background like
 * any other load.
 */
@Component
class DemoDatasetLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDatasetLoader.class);

    private final IdentityApi identity;
    private final CatalogApi catalog;
    private final IngestApi ingest;
    private final HubProperties hub;
    private final DemoSettings settings;

    DemoDatasetLoader(IdentityApi identity, CatalogApi catalog, IngestApi ingest, HubProperties hub,
            DemoSettings settings) {
        this.identity = identity;
        this.catalog = catalog;
        this.ingest = ingest;
        this.hub = hub;
        this.settings = settings;
    }

    void load(Map<Long, Caller> publishers, Caller admin) {
        for (OpenDataset dataset : OpenDatasets.all(settings.seed())) {
            try {
                long organization = identity.organizationByCode(dataset.organizationCode()).orElseThrow().id();
                Caller publisher = publishers.get(organization);
                DataResource draft = catalog.register(publisher, dataset.draft(organization));
                DataResource submitted = catalog.submit(publisher, draft.code(), draft.version());
                catalog.publish(admin, submitted.code(), submitted.version());
                Path csv = Files.createDirectories(hub.dir("tmp").resolve("demo")).resolve(dataset.code() + ".csv");
                try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                    dataset.rows().write(out);
                }
                Upload upload = ingest.createUpload(publisher, dataset.code() + ".csv", Files.size(csv));
                try (InputStream in = Files.newInputStream(csv)) {
                    ingest.appendChunk(publisher, upload.id(), 0, in);
                }
                Files.delete(csv);
                ingest.startLoad(publisher, dataset.code(), LoadRequest.of(new LoadSource.Upload(upload.id())));
                log.info("Demo dataset {} uploaded; loading", dataset.title());
            } catch (IOException | RuntimeException e) {
                log.warn("Demo dataset {} not loaded: {}", dataset.code(), e.toString());
            }
        }
    }
}
