package io.jingchu.hub.catalog.dcat;

import io.jingchu.hub.catalog.Contact;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.identity.Organization;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import org.apache.jena.vocabulary.XSD;
import org.jspecify.annotations.Nullable;

/**
 * Emits the DCAT-AP 3 description of data resources as triples into a {@link StreamRDF}, one resource at a time,
 * so that a streaming writer never needs the whole catalog in memory. Nodes that many datasets share (publishers,
 * themes, frequencies, licences, places) are described once, the first time they are referred to.
 *
 * <p>DCAT-AP's shapes check the class of every referenced node ({@code sh:class}) without inference, so each one is
 * typed explicitly here, vocabulary terms from the EU authority tables included.
 */
final class DcatTriples {

    static final String LANG = "zh";

    /** Characters that may stand in a {@code mailto:} or {@code tel:} IRI without escaping. */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9\\-]{2,30}");

    private final StreamRDF out;
    private final CatalogIris iris;
    private final LongFunction<@Nullable Organization> organizations;
    private final Set<String> described = new HashSet<>();
    private @Nullable Instant firstIssued;
    private @Nullable Instant lastModified;
    private long datasets;

    /**
     * @param organizations the organization with an id, or null when it is unknown (the resource's own copy of the
     *        name is used then)
     */
    DcatTriples(StreamRDF out, CatalogIris iris, LongFunction<@Nullable Organization> organizations) {
        this.out = out;
        this.iris = iris;
        this.organizations = organizations;
    }

    void begin() {
        out.start();
        out.prefix("dcat", DCAT.NS);
        out.prefix("dct", DCTerms.NS);
        out.prefix("foaf", FOAF.NS);
        out.prefix("skos", SKOS.uri);
        out.prefix("vcard", VCARD4.NS);
        out.prefix("xsd", XSD.NS);
    }

    void end() {
        out.finish();
    }

    /** How many datasets were written. */
    long datasets() {
        return datasets;
    }

    /**
     * The dataset and its distribution; with {@code inCatalog} also the catalog's link to it. The shared nodes it
     * refers to are described first, so that the dataset's own statements stay together in a streamed document.
     */
    void dataset(DataResource resource, boolean inCatalog) {
        Node dataset = iri(iris.dataset(resource.code()));
        Instant issued = resource.publishedAt() != null ? resource.publishedAt() : resource.createdAt();
        List<Triple> own = new ArrayList<>();
        own.add(Triple.create(dataset, RDF.type.asNode(), DCAT.Dataset.asNode()));
        add(own, dataset, DCTerms.identifier, NodeFactory.createLiteralString(resource.code()));
        add(own, dataset, DCTerms.title, zh(resource.title()));
        add(own, dataset, DCTerms.description, zh(description(resource)));
        add(own, dataset, DCTerms.publisher, publisher(resource));
        themes(resource.theme()).forEach(theme -> add(own, dataset, DCAT.theme, theme));
        resource.keywords().stream().map(String::strip).filter(k -> !k.isEmpty()).distinct()
                .forEach(k -> add(own, dataset, DCAT.keyword, zh(k)));
        add(own, dataset, DCTerms.accrualPeriodicity,
                vocabularyTerm(EuVocabularies.frequency(resource.updateFrequency()), DCTerms.Frequency.asNode()));
        add(own, dataset, DCTerms.spatial, place(resource.divisionCode()));
        add(own, dataset, DCTerms.language, language());
        add(own, dataset, DCAT.landingPage, document(iris.landingPage(resource.code())));
        add(own, dataset, DCTerms.accessRights, vocabularyTerm(
                EuVocabularies.accessRights(resource.opening().attribute()), DCTerms.RightsStatement.asNode()));
        add(own, dataset, DCTerms.issued, dateTime(issued));
        add(own, dataset, DCTerms.modified, dateTime(resource.updatedAt()));
        add(own, dataset, DCAT.contactPoint, contactPoint(resource.contact()));
        Node distribution = distribution(resource, issued);
        add(own, dataset, DCAT.distribution, distribution);
        own.forEach(out::triple);
        if (inCatalog) {
            triple(iri(iris.catalog()), DCAT.dataset.asNode(), dataset);
        }
        datasets++;
        firstIssued = firstIssued == null || issued.isBefore(firstIssued) ? issued : firstIssued;
        lastModified = lastModified == null || resource.updatedAt().isAfter(lastModified) ? resource.updatedAt()
                : lastModified;
    }

    /** The catalog itself, dated by the datasets written before this call. */
    void catalog() {
        Node catalog = iri(iris.catalog());
        Node hub = iri(iris.hub());
        if (described.add(iris.hub())) {
            type(hub, FOAF.Agent.asNode());
            triple(hub, FOAF.name.asNode(), zh("荆楚数据枢纽"));
            triple(hub, FOAF.name.asNode(), en("Jingchu Data Hub"));
        }
        Node homepage = document(iris.homepage());
        Node language = language();
        Node themes = themeScheme();
        type(catalog, DCAT.Catalog.asNode());
        triple(catalog, DCTerms.title.asNode(), zh("荆楚数据枢纽公共数据目录"));
        triple(catalog, DCTerms.title.asNode(), en("Jingchu Data Hub public data catalogue"));
        triple(catalog, DCTerms.description.asNode(),
                zh("荆楚数据枢纽登记并开放的公共数据资源目录（一本账）。"));
        triple(catalog, DCTerms.description.asNode(),
                en("The public data resources registered and opened on the Jingchu Data Hub (the unified ledger)."));
        triple(catalog, DCTerms.publisher.asNode(), hub);
        triple(catalog, FOAF.homepage.asNode(), homepage);
        triple(catalog, DCTerms.language.asNode(), language);
        triple(catalog, DCAT.themeTaxonomy.asNode(), themes);
        if (firstIssued != null && lastModified != null) {
            triple(catalog, DCTerms.issued.asNode(), dateTime(firstIssued));
            triple(catalog, DCTerms.modified.asNode(), dateTime(lastModified));
        }
    }

    private Node distribution(DataResource resource, Instant issued) {
        Node distribution = iri(iris.distribution(resource.code()));
        List<Triple> own = new ArrayList<>();
        own.add(Triple.create(distribution, RDF.type.asNode(), DCAT.Distribution.asNode()));
        add(own, distribution, DCTerms.title, zh(resource.title() + "（数据接口）"));
        add(own, distribution, DCAT.accessURL, iri(iris.resourceApi(resource.code())));
        add(own, distribution, DCTerms.format,
                vocabularyTerm(EuVocabularies.JSON_FILE_TYPE, DCTerms.MediaTypeOrExtent.asNode()));
        add(own, distribution, DCAT.mediaType,
                vocabularyTerm(EuVocabularies.JSON_MEDIA_TYPE, DCTerms.MediaType.asNode()));
        add(own, distribution, DCTerms.license, licence(resource.licence()));
        add(own, distribution, DCTerms.issued, dateTime(issued));
        add(own, distribution, DCTerms.modified, dateTime(resource.updatedAt()));
        own.forEach(out::triple);
        return distribution;
    }

    private Node publisher(DataResource resource) {
        Organization organization = organizations.apply(resource.organizationId());
        String code = organization != null ? organization.code() : "id-" + resource.organizationId();
        String name = organization != null ? organization.name() : resource.organizationName();
        String agentIri = iris.organization(code);
        Node agent = iri(agentIri);
        if (described.add(agentIri)) {
            Node place = place(organization != null ? organization.divisionCode() : resource.divisionCode());
            type(agent, FOAF.Agent.asNode());
            type(agent, FOAF.Organization.asNode());
            triple(agent, FOAF.name.asNode(), zh(name));
            triple(agent, DCTerms.spatial.asNode(), place);
        }
        return agent;
    }

    /** The hub's own theme and, where one plainly matches, the EU data theme. */
    private List<Node> themes(Theme theme) {
        List<Node> themes = new ArrayList<>(2);
        String themeIri = iris.theme(theme);
        Node concept = iri(themeIri);
        if (described.add(themeIri)) {
            Node scheme = themeScheme();
            type(concept, SKOS.Concept.asNode());
            triple(concept, SKOS.prefLabel.asNode(), zh(theme.label()));
            triple(concept, SKOS.notation.asNode(), NodeFactory.createLiteralString(theme.name()));
            triple(concept, SKOS.inScheme.asNode(), scheme);
        }
        themes.add(concept);
        EuVocabularies.dataTheme(theme).ifPresent(eu -> {
            Node euConcept = iri(eu.iri());
            if (described.add(eu.iri())) {
                type(euConcept, SKOS.Concept.asNode());
                triple(euConcept, SKOS.prefLabel.asNode(), en(eu.label()));
                triple(euConcept, SKOS.inScheme.asNode(), iri(EuVocabularies.DATA_THEME_SCHEME));
            }
            themes.add(euConcept);
        });
        return themes;
    }

    private Node themeScheme() {
        Node scheme = iri(iris.themeScheme());
        if (described.add(iris.themeScheme())) {
            type(scheme, SKOS.ConceptScheme.asNode());
            triple(scheme, DCTerms.title.asNode(), zh("公共数据主题分类"));
            triple(scheme, DCTerms.title.asNode(), en("Public data themes"));
        }
        return scheme;
    }

    private Node place(String divisionCode) {
        String placeIri = iris.region(divisionCode);
        Node place = iri(placeIri);
        if (described.add(placeIri)) {
            type(place, DCTerms.Location.asNode());
            triple(place, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(divisionCode));
        }
        return place;
    }

    private Node contactPoint(Contact contact) {
        Node kind = NodeFactory.createBlankNode();
        type(kind, VCARD4.Kind.asNode());
        triple(kind, VCARD4.fn.asNode(), NodeFactory.createLiteralString(contact.name()));
        String email = contact.email() == null ? "" : contact.email().strip();
        if (EMAIL.matcher(email).matches()) {
            triple(kind, VCARD4.hasEmail.asNode(), iri("mailto:" + email));
        }
        String phone = contact.phone() == null ? "" : contact.phone().replaceAll("[\\s()]", "");
        if (PHONE.matcher(phone).matches()) {
            triple(kind, VCARD4.hasTelephone.asNode(), iri("tel:" + phone));
        }
        return kind;
    }

    private Node licence(String licence) {
        String licenceIri = iris.licence(licence);
        Node node = iri(licenceIri);
        if (described.add(licenceIri)) {
            type(node, DCTerms.LicenseDocument.asNode());
            triple(node, DCTerms.title.asNode(), NodeFactory.createLiteralString(licence.strip()));
        }
        return node;
    }

    private Node language() {
        return vocabularyTerm(EuVocabularies.CHINESE, DCTerms.LinguisticSystem.asNode());
    }

    private Node document(String documentIri) {
        return vocabularyTerm(documentIri, FOAF.Document.asNode());
    }

    /** A node that is only referred to by its IRI, typed once so that the shapes' class checks hold. */
    private Node vocabularyTerm(String termIri, Node type) {
        Node term = iri(termIri);
        if (described.add(termIri)) {
            type(term, type);
        }
        return term;
    }

    private static String description(DataResource resource) {
        String description = resource.description();
        return description == null || description.isBlank() ? resource.title() : description.strip();
    }

    private static void add(List<Triple> triples, Node subject, Property predicate,
            Node object) {
        triples.add(Triple.create(subject, predicate.asNode(), object));
    }

    private void type(Node subject, Node type) {
        triple(subject, RDF.type.asNode(), type);
    }

    private void triple(Node subject, Node predicate, Node object) {
        out.triple(Triple.create(subject, predicate, object));
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node zh(String text) {
        return NodeFactory.createLiteralLang(text, LANG);
    }

    private static Node en(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    private static Node dateTime(Instant instant) {
        return NodeFactory.createLiteralDT(instant.toString(), XSDDatatype.XSDdateTime);
    }
}
