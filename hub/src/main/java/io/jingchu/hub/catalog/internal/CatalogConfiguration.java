package io.jingchu.hub.catalog.internal;

import io.jingchu.hub.catalog.search.ResourceIndex;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.region.RegionApi;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the catalog from its parts; every part can also be built by hand in a test. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    ResourceStore resourceStore(JdbcClient jdbc) {
        return new ResourceStore(jdbc);
    }

    @Bean
    CatalogService catalogService(ResourceStore store, IdentityApi identity, RegionApi regions, ResourceIndex index,
            ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        return new CatalogService(store, identity, regions, index, events, new TransactionTemplate(transactions),
                Clock.systemUTC());
    }

    @Bean
    SearchIndexUpdater searchIndexUpdater(ResourceStore store, ResourceIndex index) {
        return new SearchIndexUpdater(store, index);
    }

    @Bean
    IndexReconciler indexReconciler(ResourceStore store, ResourceIndex index) {
        return new IndexReconciler(store, index);
    }
}
