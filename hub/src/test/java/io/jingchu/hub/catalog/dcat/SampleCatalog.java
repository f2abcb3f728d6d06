package io.jingchu.hub.catalog.dcat;

import static io.jingchu.hub.catalog.ckan.ResourceBuilder.XL_HEALTH;
import static io.jingchu.hub.catalog.ckan.ResourceBuilder.YC_MARKET;
import static io.jingchu.hub.catalog.ckan.ResourceBuilder.YC_TRANSPORT;
import static io.jingchu.hub.catalog.ckan.ResourceBuilder.aResource;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.catalog.Contact;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.SecurityGrade;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.catalog.UpdateFrequency;
import io.jingchu.hub.catalog.ckan.FakeCatalog;
import io.jingchu.hub.catalog.ckan.FakeIdentity;
import io.jingchu.hub.common.HubProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;

/**
 * A small ledger whose open resources between them use every branch of the DCAT-AP writer (no description, no
 * keywords, unusable contact details, an organization identity does not know, local and well-known licences, themes
 * with and without an EU data theme), beside resources that must never be published.
 */
final class SampleCatalog {

    static final String HUB = "https://data.yichang.gov.cn";

    final DataResource buses = aResource().withCode("420500-000001").withTitle("宜昌市公交线路与站点").build();
    final DataResource companies = aResource().withCode("420500-000002").withTitle("宜昌市市场主体登记信息")
            .ownedBy(YC_MARKET).withTheme(Theme.MARKET_REGULATION).withKeywords("企业", "登记")
            .withOpening(OpeningAttribute.CONDITIONAL).withGrade(SecurityGrade.IMPORTANT)
            .withFrequency(UpdateFrequency.REAL_TIME).withLicence("政府数据开放许可协议").build();
    final DataResource clinics = aResource().withCode("420502-000003").withTitle("西陵区医疗机构名录")
            .ownedBy(XL_HEALTH).withTheme(Theme.HEALTH).withKeywords().withDescription("")
            .withFrequency(UpdateFrequency.SEMIANNUAL)
            .withContact(new Contact("西陵区卫健局信息科", "（0717）6221234", "not an email")).build();
    final DataResource weather = aResource().withCode("420500-000004").withTitle("宜昌市逐日气象观测")
            .withTheme(Theme.METEOROLOGY).withFrequency(UpdateFrequency.STATIC).highQuality()
            .withContact(new Contact("气象台", null, null)).build();
    final DataResource creditList = aResource().withCode("420500-000005").withTitle("守信激励名单")
            .ownedBy(YC_MARKET).withTheme(Theme.CREDIT).withFrequency(UpdateFrequency.IRREGULAR).build();
    final DataResource parks = aResource().withCode("420500-000006").withTitle("城市公园绿地")
            .withTheme(Theme.URBAN_HOUSING).withFrequency(UpdateFrequency.ANNUAL).withLicence("CC0-1.0").build();

    final List<DataResource> closed = List.of(
            aResource().withCode("420500-000101").withTitle("草稿资源").withState(LifecycleState.DRAFT).build(),
            aResource().withCode("420500-000102").withTitle("待审资源").withState(LifecycleState.SUBMITTED).build(),
            aResource().withCode("420500-000103").withTitle("驳回资源").withState(LifecycleState.REJECTED).build(),
            aResource().withCode("420500-000104").withTitle("下线资源").withState(LifecycleState.RETIRED).build(),
            aResource().withCode("420500-000105").withTitle("不予开放资源").withOpening(OpeningAttribute.NONE).build());

    final List<DataResource> open = List.of(buses, companies, clinics, weather, creditList, parks);

    final FakeIdentity identity = new FakeIdentity(YC_TRANSPORT, YC_MARKET);
    final CatalogRdfWriter writer = writer(catalogOf(open, closed));

    static FakeCatalog catalogOf(List<DataResource> first, List<DataResource> second) {
        FakeCatalog catalog = new FakeCatalog();
        first.forEach(catalog::add);
        second.forEach(catalog::add);
        return catalog;
    }

    CatalogRdfWriter writer(FakeCatalog source) {
        return new CatalogRdfWriter(source, identity, new HubProperties(Path.of("var"), HUB + "/", false));
    }

    static Graph parse(byte[] document, RdfSyntax syntax) {
        Lang lang = switch (syntax) {
            case TURTLE -> Lang.TURTLE;
            case RDF_XML -> Lang.RDFXML;
            case JSON_LD -> Lang.JSONLD;
        };
        assertThat(RDFLanguages.contentTypeToLang(syntax.mediaType().split(";")[0])).isEqualTo(lang);
        return RDFParser.source(new ByteArrayInputStream(document)).lang(lang).toGraph();
    }

    /** The whole open catalog, written and read back. */
    Graph catalogGraph(RdfSyntax syntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeCatalog(syntax, out);
        return parse(out.toByteArray(), syntax);
    }

    /** One open resource on its own, written and read back. */
    Graph resourceGraph(DataResource resource, RdfSyntax syntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeResource(resource, syntax, out);
        return parse(out.toByteArray(), syntax);
    }

    /** A catalog in which nothing is open yet, written and read back. */
    Graph emptyCatalogGraph(RdfSyntax syntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer(catalogOf(closed, List.of())).writeCatalog(syntax, out);
        return parse(out.toByteArray(), syntax);
    }
}
