package io.jingchu.hub.catalog.dcat;

import org.apache.jena.riot.RDFFormat;

/** The RDF syntaxes the catalog is served in, each with its file extension and media type. */
enum RdfSyntax {
    /** Written block by block as the resources are read, never holding the whole catalog. */
    TURTLE("ttl", "text/turtle;charset=UTF-8", RDFFormat.TURTLE_BLOCKS, true),
    RDF_XML("rdf", "application/rdf+xml;charset=UTF-8", RDFFormat.RDFXML_PLAIN, false),
    JSON_LD("jsonld", "application/ld+json", RDFFormat.JSONLD11_PRETTY, false);

    private final String extension;
    private final String mediaType;
    private final RDFFormat format;
    private final boolean streaming;

    RdfSyntax(String extension, String mediaType, RDFFormat format, boolean streaming) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.format = format;
        this.streaming = streaming;
    }

    String extension() {
        return extension;
    }

    String mediaType() {
        return mediaType;
    }

    RDFFormat format() {
        return format;
    }

    /**
     * Whether Jena can write it as the triples arrive. RDF/XML and JSON-LD writers need the whole graph (JSON-LD
     * is compacted, RDF/XML groups by subject), so those are built in memory first.
     */
    boolean streaming() {
        return streaming;
    }
}
