package io.jingchu.hub.catalog.dcat;

import static io.jingchu.hub.catalog.ckan.ResourceBuilder.aResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.ckan.FakeCatalog;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CatalogRdfWriterTest {

    static final String HUB = SampleCatalog.HUB;

    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("dcat", DCAT.NS).setNsPrefix("dct", DCTerms.NS).setNsPrefix("foaf", FOAF.NS)
            .setNsPrefix("vcard", VCARD4.NS).setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("dcatap", "http://data.europa.eu/r5r/").lock();

    static final List<String> ADVISED_CLASSES = List.of(DCAT.Catalog.getURI(), DCAT.Dataset.getURI(),
            DCAT.Distribution.getURI(), FOAF.Agent.getURI(), DCTerms.LicenseDocument.getURI(),
            DCTerms.Location.getURI(), VCARD4.Kind.getURI(), SKOS.Concept.getURI());

    final SampleCatalog sample = new SampleCatalog();
    final DataResource buses = sample.buses;
    final DataResource companies = sample.companies;
    final List<DataResource> open = sample.open;
    final List<DataResource> closed = sample.closed;
    final CatalogRdfWriter writer = sample.writer;

    /** Nothing the DCAT-AP 3 rules forbid; recommendations left out are warnings and are looked at separately. */
    static void assertNoViolations(Graph graph) {
        ValidationReport report = DcatApShapes.validate(graph);
        List<ReportEntry> violations = DcatApShapes.violations(report);
        if (!violations.isEmpty()) {
            ShLib.printReport(report);
        }
        assertThat(violations).as("DCAT-AP 3 violations").isEmpty();
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

    /** A class the focus of a report entry has, and the property it is about, as prefixed names. */
    static String adviceKey(Graph graph, ReportEntry entry) {
        String type = ADVISED_CLASSES.stream()
                .filter(c -> graph.contains(entry.focusNode(), RDF.type.asNode(), NodeFactory.createURI(c)))
                .findFirst().map(PREFIXES::shortForm).orElse(entry.focusNode().toString());
        String path = entry.resultPath() instanceof P_Link link ? PREFIXES.shortForm(link.getNode().getURI())
                : String.valueOf(entry.resultPath());
        return type + " " + path;
    }

    Graph catalogGraph(RdfSyntax syntax) {
        return sample.catalogGraph(syntax);
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void catalogBreaksNoDcatAp3Rule(RdfSyntax syntax) {
        assertNoViolations(catalogGraph(syntax));
    }

    /**
     * DCAT-AP recommends more than the ledger records. Each warning left is for something the hub has no data for
     * yet (temporal coverage, place geometry, agent and licence types, availability, keywords a resource was
     * registered without) or no plain EU data theme for; a new warning means the writer dropped something.
     */
    @Test
    void theOnlyRecommendationsLeftOutAreForDataTheHubDoesNotHold() {
        Graph graph = catalogGraph(RdfSyntax.TURTLE);

        Set<String> advice = DcatApShapes.warnings(DcatApShapes.validate(graph)).stream()
                .map(e -> adviceKey(graph, e)).collect(Collectors.toSet());

        assertThat(advice).containsExactlyInAnyOrder(
                "dcat:Catalog dct:license",
                "dcat:Catalog dct:spatial",
                "dcat:Dataset dct:temporal",
                "dcat:Dataset dcat:keyword",
                "dcat:Dataset dcat:theme",
                "dcat:Distribution dct:description",
                "dcat:Distribution dcatap:availability",
                "foaf:Agent dct:type",
                "dct:LicenseDocument dct:type",
                "dct:Location dcat:bbox",
                "dct:Location dcat:centroid");
    }

    @Test
    void onlyResourcesWithoutKeywordsOrWithoutAnEuDataThemeAreWarnedAboutThem() {
        Graph graph = catalogGraph(RdfSyntax.TURTLE);

        List<ReportEntry> warnings = DcatApShapes.warnings(DcatApShapes.validate(graph));

        assertThat(warnings).filteredOn(e -> adviceKey(graph, e).equals("dcat:Dataset dcat:keyword"))
                .extracting(e -> e.focusNode().getURI())
                .containsExactly(HUB + "/catalog/resources/" + sample.clinics.code());
        assertThat(warnings).filteredOn(e -> adviceKey(graph, e).equals("dcat:Dataset dcat:theme"))
                .extracting(e -> e.focusNode().getURI())
                .containsExactlyInAnyOrder(HUB + "/catalog/resources/" + companies.code(),
                        HUB + "/catalog/resources/" + sample.creditList.code());
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
        Graph graph = sample.resourceGraph(companies, syntax);

        assertNoViolations(graph);
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
        Graph graph = sample.emptyCatalogGraph(syntax);

        assertNoViolations(graph);
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

        long datasets = sample.writer(large).writeCatalog(RdfSyntax.TURTLE, out);

        assertThat(datasets).isEqualTo(2000);
        assertThat(writtenHalfway[0]).as("bytes on the wire after 1000 of 2000 datasets")
                .isGreaterThan(out.size() / 4L);
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).contains("dcat:Catalog");
    }
}
