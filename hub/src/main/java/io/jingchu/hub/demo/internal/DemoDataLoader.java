package io.jingchu.hub.demo.internal;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.demo.DemoLedger;
import io.jingchu.hub.demo.DemoOrganization;
import io.jingchu.hub.demo.DemoOrganizations;
import io.jingchu.hub.demo.DemoResource;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.identity.UserAccount;
import io.jingchu.hub.region.Division;
import io.jingchu.hub.region.RegionApi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo ledger on {@code ./jingchu demo}: demo accounts, Hubei's organizations from province
 * down to village, and a few thousand resources taken through their lifecycle by the same public APIs
 * users call. Runs once: a database that already has the demo organizations is left as it is.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnBooleanProperty("jingchu.demo")
@EnableConfigurationProperties(DemoSettings.class)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    /** Acts for the loader before the demo administrator exists. */
    private static final Caller BOOTSTRAP = new Caller(-1, "demo-loader", Set.of(Role.ADMIN), null);

    private final IdentityApi identity;
    private final RegionApi regions;
    private final CatalogApi catalog;
    private final DemoSettings settings;
    private final DemoDatasetLoader datasets;

    DemoDataLoader(IdentityApi identity, RegionApi regions, CatalogApi catalog, DemoSettings settings,
            DemoDatasetLoader datasets) {
        this.datasets = datasets;
        this.identity = identity;
        this.regions = regions;
        this.catalog = catalog;
        this.settings = settings;
    }

    /**
     * Accounts and organizations are created before the hub reports ready; the resources are then
     * registered in the background, so the portal and API answer at once and fill up as the ledger loads.
     */
    @Override
    public void run(ApplicationArguments args) {
        if (identity.organizationByCode("hb-sjj").isPresent()) {
            printAccounts();
            return;
        }
        Runnable resources = loadAccountsAndOrganizations();
        printAccounts();
        Thread loader = new Thread(resources, "demo-ledger");
        loader.setDaemon(true);
        loader.start();
    }

    private Runnable loadAccountsAndOrganizations() {
        long started = System.nanoTime();
        Caller admin = caller(user("admin", "数据局管理员", Set.of(Role.ADMIN), null));
        user("auditor", "审计员", Set.of(Role.AUDITOR), null);
        user("consumer", "公众用户", Set.of(Role.CONSUMER), null);

        List<DemoLedger.Owner> owners = new ArrayList<>();
        Map<Long, Caller> publishers = new HashMap<>();
        for (DemoOrganization o : DemoOrganizations.provinceAndCity()) {
            Organization org = identity.createOrganization(admin, o.code(), o.name(), o.divisionCode());
            publishers.put(org.id(), caller(user(o.code(), o.name() + "数据专员", Set.of(Role.PUBLISHER), org.id())));
            Division division = regions.get(o.divisionCode());
            owners.add(new DemoLedger.Owner(org.id(), org.name(), division.name(), areaCode(o.divisionCode()), o.themes(),
                    division.level().ordinal() == 0 ? 6 : 5));
        }
        for (Division county : regions.children("420500000000")) {
            addLocal(admin, owners, publishers, county, county.name() + "人民政府办公室", DemoOrganizations.COUNTY_THEMES, 3);
            regions.children(county.code()).stream().findFirst().ifPresent(township -> {
                addLocal(admin, owners, publishers, township, township.name() + "人民政府", DemoOrganizations.TOWNSHIP_THEMES, 2);
                regions.children(township.code()).stream().findFirst().ifPresent(village ->
                        addLocal(admin, owners, publishers, village, village.name(), DemoOrganizations.VILLAGE_THEMES, 1));
            });
        }

        List<DemoResource> resources = new DemoLedger(settings.seed()).generate(owners, settings.resources());
        log.info("Demo: {} organizations and their accounts ready; registering {} resources in the background",
                owners.size(), resources.size());
        return () -> {
            datasets.load(publishers, admin);
            int done = 0;
            for (DemoResource r : resources) {
                Caller publisher = publishers.get(r.draft().organizationId());
                DataResource resource = catalog.register(publisher, r.draft());
                advance(admin, publisher, resource, r.target());
                if (++done % 500 == 0) {
                    log.info("Demo ledger: {} of {} resources registered", done, resources.size());
                }
            }
            log.info("Demo ledger loaded: {} organizations, {} resources in {} s", owners.size(), resources.size(),
                    (System.nanoTime() - started) / 1_000_000_000);
        };
    }

    private void addLocal(Caller admin, List<DemoLedger.Owner> owners, Map<Long, Caller> publishers, Division division,
            String name, List<io.jingchu.hub.catalog.Theme> themes, int weight) {
        String code = "d-" + division.code().substring(0, division.level().significantDigits());
        Organization org = identity.createOrganization(admin, code, name, division.code());
        publishers.put(org.id(), caller(user(code, name + "数据专员", Set.of(Role.PUBLISHER), org.id())));
        owners.add(new DemoLedger.Owner(org.id(), name, division.name(), "0717", themes, weight));
    }

    /** Takes a freshly registered resource to the state the demo wants, through the real transitions. */
    private void advance(Caller admin, Caller publisher, DataResource resource, LifecycleState target) {
        if (target == LifecycleState.DRAFT) {
            return;
        }
        DataResource r = catalog.submit(publisher, resource.code(), resource.version());
        switch (target) {
            case PUBLISHED -> catalog.publish(admin, r.code(), r.version());
            case REJECTED -> catalog.reject(admin, r.code(), r.version(), "字段说明不完整，请补充计量单位和更新机制后重新提交");
            case RETIRED -> {
                DataResource published = catalog.publish(admin, r.code(), r.version());
                catalog.retire(admin, published.code(), published.version(), "数据已由新版本资源替代");
            }
            default -> {
            }
        }
    }

    private UserAccount user(String username, String displayName, Set<Role> roles, @Nullable Long organizationId) {
        return identity.user(username).orElseGet(() -> identity.createUser(BOOTSTRAP, username, displayName,
                settings.password().toCharArray(), roles, organizationId));
    }

    private static Caller caller(UserAccount user) {
        return new Caller(user.id(), user.username(), user.roles(), user.organizationId());
    }

    private static String areaCode(String divisionCode) {
        return switch (divisionCode.substring(0, 4)) {
            case "4205" -> "0717";
            case "4206" -> "0710";
            default -> "027";
        };
    }

    private void printAccounts() {
        log.info("""

                ==== 荆楚数据枢纽 demo ====  http://localhost:8080
                Demo accounts (password for all: {}):
                  admin       数据管理部门 (ADMIN)
                  auditor     审计 (AUDITOR)
                  consumer    公众用户 (CONSUMER)
                  yc-jtysj    宜昌市交通运输局数据专员 (PUBLISHER); every organization code is a publisher account
                API: http://localhost:8080/swagger-ui.html   CKAN: /api/3/action/package_search   DCAT: /catalog.ttl
                """, settings.password());
    }
}
