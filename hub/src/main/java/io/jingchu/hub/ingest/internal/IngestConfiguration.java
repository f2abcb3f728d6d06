package io.jingchu.hub.ingest.internal;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.common.HubProperties;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import io.jingchu.hub.common.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Wires data loading from its parts. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    IngestFiles ingestFiles(HubProperties hub) {
        return new IngestFiles(hub);
    }

    @Bean
    UploadStore uploadStore(JdbcClient jdbc) {
        return new UploadStore(jdbc);
    }

    @Bean
    LoadJobStore loadJobStore(JdbcClient jdbc, JsonMapper json) {
        return new LoadJobStore(jdbc, json);
    }

    @Bean
    VersionStore versionStore(JdbcClient jdbc, JsonMapper json, IngestFiles files) {
        return new VersionStore(jdbc, json, files);
    }

    @Bean
    LoadEngine loadEngine(IngestProperties settings, HubProperties hub) throws Exception {
        return new LoadEngine(settings, hub);
    }

    @Bean
    LoadRunner loadRunner(LoadJobStore jobs, VersionStore versions, UploadStore uploads, IngestFiles files,
            LoadEngine engine, IngestProperties settings, PlatformTransactionManager transactions,
            Problems problems, ApplicationEventPublisher events) {
        DatasetLoader loader = new DatasetLoader(engine, settings.personalInformationSample(),
                new PersonalInformationCheck());
        return new LoadRunner(jobs, versions, uploads, files, loader, new SourceConversion(settings), settings,
                new TransactionTemplate(transactions), problems, events, Clock.systemUTC());
    }

    @Bean
    LoadService loadService(CatalogApi catalog, UploadStore uploads, LoadJobStore jobs, VersionStore versions,
            IngestFiles files, IngestProperties settings, LoadRunner runner) {
        return new LoadService(catalog, uploads, jobs, versions, files, settings, runner, Clock.systemUTC());
    }

    @Bean
    IngestHousekeeping ingestHousekeeping(LoadJobStore jobs, VersionStore versions, UploadStore uploads,
            IngestFiles files, LoadRunner runner, IngestProperties settings, Problems problems) {
        return new IngestHousekeeping(jobs, versions, uploads, files, runner, settings, problems, Clock.systemUTC());
    }
}
