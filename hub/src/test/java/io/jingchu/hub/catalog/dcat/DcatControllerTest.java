package io.jingchu.hub.catalog.dcat;

import static io.jingchu.hub.catalog.ckan.ResourceBuilder.YC_TRANSPORT;
import static io.jingchu.hub.catalog.ckan.ResourceBuilder.aResource;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.ckan.FakeCatalog;
import io.jingchu.hub.catalog.ckan.FakeIdentity;
import io.jingchu.hub.common.HubProperties;
import io.jingchu.hub.common.web.ProblemResponses;
import io.jingchu.hub.common.web.Problems;
import io.jingchu.hub.identity.Caller;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** The DCAT endpoints' HTTP face, without the application: media types, streaming, refusals. */
class DcatControllerTest {

    final DataResource buses = aResource().withCode("420500-000001").build();
    final DataResource draft = aResource().withCode("420500-000002").withState(LifecycleState.DRAFT).build();
    final MockMvcTester mvc = mvc();

    MockMvcTester mvc() {
        FakeCatalog catalog = new FakeCatalog(buses, draft);
        HubProperties properties = new HubProperties(Path.of("var"), "https://data.yichang.gov.cn", false);
        CatalogRdfWriter writer = new CatalogRdfWriter(catalog, new FakeIdentity(YC_TRANSPORT), properties);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        return MockMvcTester.create(MockMvcBuilders.standaloneSetup(new DcatController(writer, catalog))
                .setControllerAdvice(new ProblemResponses(new Problems(messages)))
                .setMessageConverters(new JacksonJsonHttpMessageConverter())
                .setCustomArgumentResolvers(new HandlerMethodArgumentResolver() {
                    @Override
                    public boolean supportsParameter(MethodParameter parameter) {
                        return parameter.getParameterType() == Caller.class;
                    }

                    @Override
                    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
                            NativeWebRequest request, WebDataBinderFactory binders) {
                        return Caller.ANONYMOUS;
                    }
                })
                .build());
    }

    static Graph graph(MvcTestResult result, Lang lang) {
        return RDFParser.source(new ByteArrayInputStream(result.getResponse().getContentAsByteArray())).lang(lang)
                .toGraph();
    }

    @Test
    void catalogIsServedInEachSyntaxWithItsMediaType() {
        for (var served : new Object[][] {
                {"/catalog.ttl", "text/turtle", Lang.TURTLE},
                {"/catalog.rdf", "application/rdf+xml", Lang.RDFXML},
                {"/catalog.jsonld", "application/ld+json", Lang.JSONLD}}) {
            MvcTestResult result = mvc.get().uri((String) served[0]).exchange();

            assertThat(result).hasStatusOk().hasContentTypeCompatibleWith((String) served[1]);
            Graph graph = graph(result, (Lang) served[2]);
            assertThat(graph.find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode()).toList()).hasSize(1);
        }
    }

    @Test
    void oneOpenResourceHasItsOwnDocument() {
        MvcTestResult result = mvc.get().uri("/catalog/resources/{code}.rdf", buses.code()).exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/rdf+xml");
        assertThat(graph(result, Lang.RDFXML).find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode()).toList())
                .hasSize(1);
    }

    @Test
    void aResourceOutsideTheOpenCatalogIsAProblemDocument() {
        for (String code : new String[] {draft.code(), "no-such-code"}) {
            assertThat(mvc.get().uri("/catalog/resources/{code}.ttl", code)
                    .accept(MediaType.parseMediaType("text/turtle")))
                    .hasStatus(404)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .bodyJson().extractingPath("$.code").isEqualTo("RESOURCE_NOT_FOUND");
        }
    }
}
