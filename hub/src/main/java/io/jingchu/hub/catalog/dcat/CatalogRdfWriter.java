package io.jingchu.hub.catalog.dcat;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.common.HubProperties;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.Organization;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes the open catalog, or one open resource, as DCAT-AP 3 in the requested syntax. Only resources the public
 * may find ({@link DataResource#isOpen()}: published and not 不予开放) are ever described.
 */
@Component
class CatalogRdfWriter {

    private final CatalogApi catalog;
    private final IdentityApi identity;
    private final CatalogIris iris;

    CatalogRdfWriter(CatalogApi catalog, IdentityApi identity, HubProperties properties) {
        this.catalog = catalog;
        this.identity = identity;
        this.iris = new CatalogIris(properties.publicUrl());
    }

    /** The whole open catalog; returns how many datasets it holds. */
    long writeCatalog(RdfSyntax syntax, OutputStream out) {
        return write(syntax, out, triples -> {
            catalog.forEach(resource -> {
                if (resource.isOpen()) {
                    triples.dataset(resource, true);
                }
            });
            triples.catalog();
        });
    }

    /** One resource on its own, which must be open. */
    void writeResource(DataResource resource, RdfSyntax syntax, OutputStream out) {
        if (!resource.isOpen()) {
            throw new IllegalArgumentException("not in the open catalog: " + resource.code());
        }
        write(syntax, out, triples -> triples.dataset(resource, false));
    }

    private long write(RdfSyntax syntax, OutputStream out, Consumer<DcatTriples> body) {
        @Nullable Graph graph = syntax.streaming() ? null : GraphFactory.createDefaultGraph();
        StreamRDF sink = graph == null ? StreamRDFWriter.getWriterStream(out, syntax.format())
                : StreamRDFLib.graph(graph);
        DcatTriples triples = new DcatTriples(sink, iris, organizations());
        triples.begin();
        body.accept(triples);
        triples.end();
        if (graph != null) {
            RDFDataMgr.write(out, graph, syntax.format());
        }
        return triples.datasets();
    }

    /** Organizations looked up once per document: a catalog has thousands of resources but few owners. */
    private LongFunction<@Nullable Organization> organizations() {
        Map<Long, Optional<Organization>> seen = new HashMap<>();
        return id -> seen.computeIfAbsent(id, identity::organization).orElse(null);
    }
}
