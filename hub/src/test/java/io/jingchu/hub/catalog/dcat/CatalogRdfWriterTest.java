package io.jingchu.hub.catalog.dcat;

import static io.jingchu.hub.catalog.ckan.ResourceBuilder.XL_HEALTH;
import static io.jingchu.hub.catalog.ckan.ResourceBuilder.YC_MARKET;
import static io.jingchu.hub.catalog.ckan.ResourceBuilder.YC_TRANSPORT;
import static io.jingchu.hub.catalog.ckan.ResourceBuilder.aResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VCARD4;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CatalogRdfWriterTest {

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

    final FakeCatalog catalog = catalogOf(open, closed);
    final FakeIdentity identity = new FakeIdentity(YC_TRANSPORT, YC_MARKET);
    final CatalogRdfWriter writer = writer(catalog);

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

    Graph catalogGraph(RdfSyntax syntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeCatalog(syntax, out);
        return parse(out.toByteArray(), syntax);
    }

    static void assertConforms(Graph graph) {
        ValidationReport report = OfficialShapes.validate(graph);
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertThat(report.conforms()).as("DCAT-AP 3 SHACL violations: %s", report.getEntries()).isTrue();
    }

    static Set<String> datasetIdentifiers(Graph graph) {
        return graph.find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode()).toList().stream()
                .map(t -> graph.find(t.getSubject(), DCTerms.identifier.asNode(), Node.ANY).next().getObject()
                        .getLiteralLexicalForm())
                .collect(Collectors.toSet());
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void catalogConformsToTheOfficialDcatAp3Shapes(RdfSyntax syntax) {
        assertConforms(catalogGraph(syntax));
    }

    @Test
    void everySyntaxCarriesTheSameGraph() {
        Graph turtle = catalogGraph(RdfSyntax.TURTLE);

        assertThat(turtle.isIsomorphicWith(catalogGraph(RdfSyntax.RDF_XML))).isTrue();
        assertThat(turtle.isIsomorphicWith(catalogGraph(RdfSyntax.JSON_LD))).isTrue();
    }

    @Test
    void onlyOpenPublishedResourcesAreDatasets() {
        Graph graph = catalogGraph(RdfSyntax.TURTLE);

        assertThat(datasetIdentifiers(graph))
                .containsExactlyInAnyOrderElementsOf(open.stream().map(DataResource::code).toList());
        assertThat(graph.find(iri(HUB + "/catalog"), DCAT.dataset.asNode(), Node.ANY).toList()).hasSize(open.size());
        for (DataResource hidden : closed) {
            assertThat(graph.find(iri(HUB + "/catalog/resources/" + hidden.code()), Node.ANY, Node.ANY).toList())
                    .isEmpty();
            assertThat(graph.find(Node.ANY, Node.ANY, NodeFactory.createLiteralLang(hidden.title(), "zh")).toList())
                    .isEmpty();
        }
    }

    @Test
    void writerReportsHowManyDatasetsItWrote() {
        assertThat(writer.writeCatalog(RdfSyntax.TURTLE, new ByteArrayOutputStream())).isEqualTo(open.size());
    }

    @Test
    void datasetCarriesTheLedgersMetadata() {
        Graph graph = catalogGraph(RdfSyntax.TURTLE);
        Node dataset = iri(HUB + "/catalog/resources/420500-000001");

        assertThat(graph.contains(dataset, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(buses.code())))
                .isTrue();
        assertThat(graph.contains(dataset, DCTerms.title.asNode(),
                NodeFactory.createLiteralLang("宜昌市公交线路与站点", "zh"))).isTrue();
        assertThat(graph.contains(dataset, DCAT.keyword.asNode(), NodeFactory.createLiteralLang("公交", "zh"))).isTrue();
        assertThat(graph.contains(dataset, DCAT.theme.asNode(), iri(HUB + "/themes/transport"))).isTrue();
        assertThat(graph.contains(dataset, DCAT.theme.asNode(),
                iri("http://publications.europa.eu/resource/authority/data-theme/TRAN"))).isTrue();
        assertThat(graph.contains(dataset, DCTerms.accrualPeriodicity.asNode(),
                iri("http://publications.europa.eu/resource/authority/frequency/DAILY"))).isTrue();
        assertThat(graph.contains(dataset, DCTerms.spatial.asNode(), iri(HUB + "/regions/420500000000"))).isTrue();
        assertThat(graph.contains(dataset, DCAT.landingPage.asNode(), iri(HUB + "/resources/420500-000001"))).isTrue();
        assertThat(graph.contains(dataset, DCTerms.accessRights.asNode(),
                iri("http://publications.europa.eu/resource/authority/access-right/PUBLIC"))).isTrue();
        Node publisher = iri(HUB + "/organizations/yc-jtysj");
        assertThat(graph.contains(dataset, DCTerms.publisher.asNode(), publisher)).isTrue();
        assertThat(graph.contains(publisher, FOAF.name.asNode(), NodeFactory.createLiteralLang("宜昌市交通运输局", "zh")))
                .isTrue();
        Node contact = graph.find(dataset, DCAT.contactPoint.asNode(), Node.ANY).next().getObject();
        assertThat(graph.contains(contact, VCARD4.hasEmail.asNode(), iri("mailto:data@jtj.yichang.gov.cn"))).isTrue();
        assertThat(graph.contains(contact, VCARD4.hasTelephone.asNode(), iri("tel:0717-6251234"))).isTrue();
        Node distribution = iri(HUB + "/catalog/resources/420500-000001/distributions/api");
        assertThat(graph.contains(dataset, DCAT.distribution.asNode(), distribution)).isTrue();
        assertThat(graph.contains(distribution, DCAT.accessURL.asNode(), iri(HUB + "/api/v1/resources/420500-000001")))
                .isTrue();
        assertThat(graph.contains(distribution, DCTerms.format.asNode(),
                iri("http://publications.europa.eu/resource/authority/file-type/JSON"))).isTrue();
        assertThat(graph.contains(distribution, DCTerms.license.asNode(),
                iri("http://creativecommons.org/licenses/by/4.0/"))).isTrue();
    }

    @Test
    void conditionalOpeningIsRestrictedAccessAndLocalLicencesGetTheirOwnIri() {
        Graph graph = catalogGraph(RdfSyntax.TURTLE);
        Node dataset = iri(HUB + "/catalog/resources/420500-000002");
        Node distribution = iri(HUB + "/catalog/resources/420500-000002/distributions/api");

        assertThat(graph.contains(dataset, DCTerms.accessRights.asNode(),
                iri("http://publications.europa.eu/resource/authority/access-right/RESTRICTED"))).isTrue();
        assertThat(graph.contains(dataset, DCTerms.accrualPeriodicity.asNode(),
                iri("http://publications.europa.eu/resource/authority/frequency/UPDATE_CONT"))).isTrue();
        Node licence = graph.find(distribution, DCTerms.license.asNode(), Node.ANY).next().getObject();
        assertThat(licence.getURI()).startsWith(HUB + "/licences/");
        assertThat(graph.contains(licence, RDF.type.asNode(), DCTerms.LicenseDocument.asNode())).isTrue();
        assertThat(graph.contains(licence, DCTerms.title.asNode(), NodeFactory.createLiteralString("政府数据开放许可协议")))
                .isTrue();
    }

    @Test
    void missingDescriptionsAndUnusableContactsDegradeGracefully() {
        Graph graph = catalogGraph(RdfSyntax.TURTLE);
        Node dataset = iri(HUB + "/catalog/resources/420502-000003");

        assertThat(graph.contains(dataset, DCTerms.description.asNode(),
                NodeFactory.createLiteralLang("西陵区医疗机构名录", "zh"))).isTrue();
        Node contact = graph.find(dataset, DCAT.contactPoint.asNode(), Node.ANY).next().getObject();
        assertThat(graph.find(contact, VCARD4.hasEmail.asNode(), Node.ANY).toList()).isEmpty();
        assertThat(graph.contains(contact, VCARD4.hasTelephone.asNode(), iri("tel:07176221234"))).isFalse();
        assertThat(graph.contains(dataset, DCTerms.publisher.asNode(), iri(HUB + "/organizations/id-3")))
                .as("an organization identity does not know").isTrue();
    }

    @Test
    void sharedNodesAreDescribedOnce() {
        Graph graph = catalogGraph(RdfSyntax.TURTLE);

        assertThat(graph.find(iri(HUB + "/themes/transport"), RDF.type.asNode(), Node.ANY).toList()).hasSize(1);
        assertThat(graph.find(iri(HUB + "/organizations/yc-scjgj"), FOAF.name.asNode(), Node.ANY).toList())
                .hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void oneResourceIsDescribedOnItsOwn(RdfSyntax syntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeResource(companies, syntax, out);
        Graph graph = parse(out.toByteArray(), syntax);

        assertConforms(graph);
        assertThat(datasetIdentifiers(graph)).containsExactly(companies.code());
        assertThat(graph.find(Node.ANY, RDF.type.asNode(), DCAT.Catalog.asNode()).toList()).isEmpty();
    }

    @Test
    void aResourceOutsideTheOpenCatalogIsNeverWrittenAlone() {
        for (DataResource hidden : closed) {
            assertThatThrownBy(() -> writer.writeResource(hidden, RdfSyntax.TURTLE, new ByteArrayOutputStream()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void anEmptyCatalogIsStillAValidCatalog(RdfSyntax syntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer(catalogOf(closed, List.of())).writeCatalog(syntax, out);
        Graph graph = parse(out.toByteArray(), syntax);

        assertConforms(graph);
        assertThat(graph.find(Node.ANY, RDF.type.asNode(), DCAT.Catalog.asNode()).toList()).hasSize(1);
        assertThat(datasetIdentifiers(graph)).isEmpty();
    }

    @Test
    void turtleIsWrittenWhileResourcesAreStillBeingRead() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] writtenHalfway = {-1};
        FakeCatalog large = new FakeCatalog() {
            @Override
            public void forEach(Consumer<DataResource> action) {
                for (int i = 0; i < 2000; i++) {
                    if (i == 1000) {
                        writtenHalfway[0] = out.size();
                    }
                    action.accept(aResource().withCode("420500-%06d".formatted(i)).build());
                }
            }
        };

        long datasets = writer(large).writeCatalog(RdfSyntax.TURTLE, out);

        assertThat(datasets).isEqualTo(2000);
        assertThat(writtenHalfway[0]).as("bytes on the wire after 1000 of 2000 datasets")
                .isGreaterThan(out.size() / 4L);
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).contains("dcat:Catalog");
    }
}
