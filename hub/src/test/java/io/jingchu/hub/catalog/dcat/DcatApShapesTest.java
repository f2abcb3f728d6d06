package io.jingchu.hub.catalog.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;

/**
 * The project's DCAT-AP 3 shapes are neither vacuous nor stricter than the specification: a catalog that follows every
 * rule and recommendation passes without a single result, and each way of breaking a rule is caught as a violation on
 * the right node and property, while leaving out a recommendation is only a warning.
 */
class DcatApShapesTest {

    static final String EX = "https://example.org/";
    static final String AUTHORITY = "http://publications.europa.eu/resource/authority/";

    static final Node CATALOG = ex("catalog");
    static final Node DATASET = ex("dataset");
    static final Node DISTRIBUTION = ex("distribution");
    static final Node BUREAU = ex("bureau");
    static final Node TRANSPORT = NodeFactory.createURI(AUTHORITY + "data-theme/TRAN");
    static final Node DAILY = NodeFactory.createURI(AUTHORITY + "frequency/DAILY");

    static final PrefixMapping NAMES = PrefixMapping.Factory.create().setNsPrefix("ex", EX)
            .setNsPrefix("dcat", DCAT.NS).setNsPrefix("dct", DCTerms.NS).setNsPrefix("foaf", FOAF.NS).lock();

    /** A small catalog that gives everything DCAT-AP 3 asks for and everything it recommends. */
    static final String DOCUMENTED = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix geo: <http://www.opengis.net/ont/geosparql#> .
            @prefix dcatap: <http://data.europa.eu/r5r/> .
            @prefix ex: <https://example.org/> .

            ex:catalog a dcat:Catalog ;
                dct:title "宜昌市公共数据目录"@zh , "Yichang public data catalogue"@en ;
                dct:description "宜昌市开放的公共数据资源。"@zh ;
                dct:publisher ex:bureau ;
                foaf:homepage ex:home ;
                dct:language <http://publications.europa.eu/resource/authority/language/ZHO> ;
                dct:license ex:licence ;
                dct:issued "2024-01-15"^^xsd:date ;
                dct:modified "2024-06-01T08:00:00Z"^^xsd:dateTime ;
                dct:spatial ex:yichang ;
                dcat:themeTaxonomy ex:themes ;
                dcat:dataset ex:dataset .

            ex:bureau a foaf:Agent ;
                foaf:name "宜昌市数据局"@zh ;
                dct:type <http://purl.org/adms/publishertype/LocalAuthority> .
            <http://purl.org/adms/publishertype/LocalAuthority> a skos:Concept ; skos:prefLabel "Local authority"@en .
            ex:home a foaf:Document .
            <http://publications.europa.eu/resource/authority/language/ZHO> a dct:LinguisticSystem .
            ex:licence a dct:LicenseDocument ; dct:type <http://purl.org/adms/licencetype/Attribution> .
            <http://purl.org/adms/licencetype/Attribution> a skos:Concept ; skos:prefLabel "Attribution"@en .
            ex:yichang a dct:Location ;
                dcat:bbox "POLYGON((110.25 29.9, 112.07 29.9, 112.07 31.47, 110.25 31.47, 110.25 29.9))"^^geo:wktLiteral ;
                dcat:centroid "POINT(111.29 30.69)"^^geo:wktLiteral .
            ex:themes a skos:ConceptScheme ; dct:title "公共数据主题"@zh .

            ex:dataset a dcat:Dataset ;
                dct:title "公交线路与站点"@zh ;
                dct:description "全市公交线路、站点及首末班时间。"@zh ;
                dct:identifier "420500-000001" ;
                dct:publisher ex:bureau ;
                dcat:contactPoint ex:contact ;
                dcat:distribution ex:distribution ;
                dcat:keyword "公交"@zh ;
                dct:spatial ex:yichang ;
                dct:temporal ex:period ;
                dcat:theme <http://publications.europa.eu/resource/authority/data-theme/TRAN> ;
                dct:accessRights <http://publications.europa.eu/resource/authority/access-right/PUBLIC> ;
                dct:accrualPeriodicity <http://publications.europa.eu/resource/authority/frequency/DAILY> ;
                dct:issued "2024"^^xsd:gYear ;
                dct:modified "2024-06"^^xsd:gYearMonth .

            ex:contact a vcard:Kind ; vcard:fn "数据科" ; vcard:hasEmail <mailto:data@example.org> .
            ex:period a dct:PeriodOfTime ; dcat:startDate "2020-01-01"^^xsd:date ; dcat:endDate "2024-12-31"^^xsd:date .
            <http://publications.europa.eu/resource/authority/data-theme/TRAN> a skos:Concept ; skos:prefLabel "Transport"@en .
            <http://publications.europa.eu/resource/authority/access-right/PUBLIC> a dct:RightsStatement .
            <http://publications.europa.eu/resource/authority/frequency/DAILY> a dct:Frequency .

            ex:distribution a dcat:Distribution ;
                dct:title "公交线路接口"@zh ;
                dct:description "按线路查询站点的接口。"@zh ;
                dcat:accessURL <https://example.org/api/buses> ;
                dcatap:availability <http://publications.europa.eu/resource/authority/planned-availability/STABLE> ;
                dct:format <http://publications.europa.eu/resource/authority/file-type/JSON> ;
                dct:license ex:licence .
            <http://publications.europa.eu/resource/authority/planned-availability/STABLE> a skos:Concept ; skos:prefLabel "stable"@en .
            <http://publications.europa.eu/resource/authority/file-type/JSON> a dct:MediaTypeOrExtent .
            """;

    final Graph data = RDFParser.fromString(DOCUMENTED, Lang.TURTLE).toGraph();

    static Node ex(String name) {
        return NodeFactory.createURI(EX + name);
    }

    static Set<String> violations(Graph graph) {
        return describe(DcatApShapes.violations(DcatApShapes.validate(graph)));
    }

    static Set<String> warnings(Graph graph) {
        return describe(DcatApShapes.warnings(DcatApShapes.validate(graph)));
    }

    /** Each result as "focus property", in prefixed names. */
    static Set<String> describe(List<ReportEntry> entries) {
        return entries.stream().map(e -> name(e.focusNode()) + " "
                        + (e.resultPath() instanceof P_Link link ? name(link.getNode()) : "-"))
                .collect(Collectors.toSet());
    }

    static String name(Node node) {
        return node.isURI() ? NAMES.shortForm(node.getURI()) : node.toString();
    }

    void remove(Node subject, Property property) {
        data.remove(subject, property.asNode(), Node.ANY);
    }

    void replace(Node subject, Property property, Node value) {
        remove(subject, property);
        data.add(subject, property.asNode(), value);
    }

    @Test
    void aCatalogThatFollowsEveryRuleAndRecommendationHasNoResultsAtAll() {
        ValidationReport report = DcatApShapes.validate(data);

        assertThat(report.getEntries()).isEmpty();
        assertThat(report.conforms()).isTrue();
    }

    @Test
    void aDatasetWithoutTitleIsAViolation() {
        remove(DATASET, DCTerms.title);

        assertThat(violations(data)).containsExactly("ex:dataset dct:title");
    }

    @Test
    void aDatasetWithoutDescriptionIsAViolation() {
        remove(DATASET, DCTerms.description);

        assertThat(violations(data)).containsExactly("ex:dataset dct:description");
    }

    @Test
    void aTitleWithoutLanguageTagIsAViolation() {
        replace(DATASET, DCTerms.title, NodeFactory.createLiteralString("公交线路与站点"));

        assertThat(violations(data)).containsExactly("ex:dataset dct:title");
    }

    @Test
    void aDistributionWithoutAccessUrlIsAViolation() {
        remove(DISTRIBUTION, DCAT.accessURL);

        assertThat(violations(data)).containsExactly("ex:distribution dcat:accessURL");
    }

    @Test
    void aThemeThatIsNotTypedAsConceptIsAViolation() {
        data.remove(TRANSPORT, RDF.type.asNode(), Node.ANY);
        data.add(TRANSPORT, RDF.type.asNode(), DCTerms.Location.asNode());

        assertThat(violations(data)).containsExactly("ex:dataset dcat:theme");
    }

    @Test
    void anUntypedFrequencyIsAViolation() {
        data.remove(DAILY, RDF.type.asNode(), Node.ANY);

        assertThat(violations(data)).containsExactly("ex:dataset dct:accrualPeriodicity");
    }

    @Test
    void aFrequencyOutsideTheEuAuthorityTableIsAViolation() {
        Node weekly = ex("frequencies/weekly");
        data.add(weekly, RDF.type.asNode(), DCTerms.Frequency.asNode());
        replace(DATASET, DCTerms.accrualPeriodicity, weekly);

        assertThat(violations(data)).containsExactly("ex:dataset dct:accrualPeriodicity");
    }

    @Test
    void aLanguageGivenAsTextIsAViolation() {
        replace(CATALOG, DCTerms.language, NodeFactory.createLiteralString("zh"));

        assertThat(violations(data)).containsExactly("ex:catalog dct:language");
    }

    @Test
    void anUntypedReleaseDateIsAViolation() {
        replace(DATASET, DCTerms.issued, NodeFactory.createLiteralString("2024-01-15"));

        assertThat(violations(data)).containsExactly("ex:dataset dct:issued");
    }

    @Test
    void aCatalogWithoutPublisherOrWithTwoIsAViolation() {
        remove(CATALOG, DCTerms.publisher);
        assertThat(violations(data)).containsExactly("ex:catalog dct:publisher");

        Node other = ex("another-bureau");
        data.add(other, RDF.type.asNode(), FOAF.Agent.asNode());
        data.add(other, FOAF.name.asNode(), NodeFactory.createLiteralLang("另一个局", "zh"));
        data.add(CATALOG, DCTerms.publisher.asNode(), BUREAU);
        data.add(CATALOG, DCTerms.publisher.asNode(), other);
        assertThat(violations(data)).containsExactly("ex:catalog dct:publisher");
    }

    @Test
    void anAgentWithoutNameIsAViolation() {
        remove(BUREAU, FOAF.name);

        assertThat(violations(data)).containsExactly("ex:bureau foaf:name");
    }

    @Test
    void twoFormatsOnOneDistributionAreAViolation() {
        Node csv = NodeFactory.createURI(AUTHORITY + "file-type/CSV");
        data.add(csv, RDF.type.asNode(), DCTerms.MediaTypeOrExtent.asNode());
        data.add(DISTRIBUTION, DCTerms.format.asNode(), csv);

        assertThat(violations(data)).containsExactly("ex:distribution dct:format");
    }

    @Test
    void leavingOutRecommendationsIsOnlyAWarning() {
        remove(DATASET, DCAT.keyword);
        remove(DATASET, DCTerms.temporal);
        remove(DATASET, DCAT.contactPoint);
        remove(DISTRIBUTION, DCTerms.license);
        remove(CATALOG, DCAT.themeTaxonomy);

        assertThat(violations(data)).isEmpty();
        assertThat(warnings(data)).containsExactlyInAnyOrder("ex:dataset dcat:keyword", "ex:dataset dct:temporal",
                "ex:dataset dcat:contactPoint", "ex:distribution dct:license", "ex:catalog dcat:themeTaxonomy");
    }

    @Test
    void aDatasetWithoutAnEuDataThemeIsWarned() {
        Node local = ex("themes/transport");
        data.add(local, RDF.type.asNode(), SKOS.Concept.asNode());
        data.add(local, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("交通运输", "zh"));
        replace(DATASET, DCAT.theme, local);

        assertThat(violations(data)).isEmpty();
        assertThat(warnings(data)).containsExactly("ex:dataset dcat:theme");
    }

    @Test
    void accessRightsOutsideTheThreeEuTermsAreWarned() {
        Node open = ex("rights/open");
        data.add(open, RDF.type.asNode(), DCTerms.RightsStatement.asNode());
        replace(DATASET, DCTerms.accessRights, open);

        assertThat(violations(data)).isEmpty();
        assertThat(warnings(data)).containsExactly("ex:dataset dct:accessRights");
    }

    @Test
    void temporalLiteralsAcceptEveryPrecisionTheSpecificationAllows() {
        Map<String, String> values = Map.of("gYear", "2024", "gYearMonth", "2024-06", "date", "2024-06-01",
                "dateTime", "2024-06-01T08:00:00+08:00");
        values.forEach((type, value) -> {
            RDFDatatype datatype = TypeMapper.getInstance().getSafeTypeByName(XSD.NS + type);
            replace(DATASET, DCTerms.modified, NodeFactory.createLiteralDT(value, datatype));

            assertThat(violations(data)).as(type).isEmpty();
        });
    }
}
