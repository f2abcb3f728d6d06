package io.jingchu.hub.catalog.ckan;

import static io.jingchu.hub.catalog.ckan.ResourceBuilder.YC_MARKET;
import static io.jingchu.hub.catalog.ckan.ResourceBuilder.YC_TRANSPORT;
import static io.jingchu.hub.catalog.ckan.ResourceBuilder.aResource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.SearchQuery;
import io.jingchu.hub.catalog.SearchResult;
import io.jingchu.hub.common.HubProperties;
import io.jingchu.hub.identity.Caller;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import tools.jackson.databind.json.JsonMapper;

/** The CKAN endpoints' HTTP face, without the application: envelopes, member names, statuses. */
class CkanControllerTest {

    final DataResource buses = aResource().withCode("420500-000001").withTitle("宜昌市公交线路与站点").build();
    final DataResource draft = aResource().withCode("420500-000002").withState(LifecycleState.DRAFT).build();

    /** The hub's own JSON settings: nulls left out unless a type keeps them. */
    final JsonMapper json = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL)).build();

    MockMvcTester mvc(FakeCatalog catalog) {
        HubProperties properties = new HubProperties(Path.of("var"), "https://data.yichang.gov.cn", false);
        CkanActions actions = new CkanActions(catalog, new FakeIdentity(YC_TRANSPORT, YC_MARKET),
                properties.publicUrl(), Clock.systemUTC());
        return MockMvcTester.create(MockMvcBuilders.standaloneSetup(new CkanController(actions, json, properties))
                .setCustomArgumentResolvers(new AnonymousCaller())
                .setMessageConverters(new StringHttpMessageConverter(), new JacksonJsonHttpMessageConverter(json))
                .build());
    }

    MockMvcTester mvc() {
        return mvc(new FakeCatalog(buses, draft));
    }

    @Test
    void packageSearchAnswersInCkansEnvelope() {
        assertThat(mvc().get().uri("/api/3/action/package_search").param("q", "公交")
                .param("facet.field", "[\"organization\"]"))
                .hasStatusOk()
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .bodyJson()
                .satisfies(body -> {
                    body.assertThat().extractingPath("$.help")
                            .isEqualTo("https://data.yichang.gov.cn/api/3/action/help_show?name=package_search");
                    body.assertThat().extractingPath("$.success").isEqualTo(true);
                    body.assertThat().extractingPath("$.result.count").isEqualTo(1);
                    body.assertThat().extractingPath("$.result.results[0].name").isEqualTo("420500-000001");
                    body.assertThat().extractingPath("$.result.results[0].private").isEqualTo(false);
                    body.assertThat().extractingPath("$.result.results[0].metadata_modified")
                            .isEqualTo("2024-05-01T08:00:00.123456");
                    body.assertThat().extractingPath("$.result.results[0].organization.name").isEqualTo("yc-jtysj");
                    body.assertThat().hasPath("$.result.results[0].version");
                    body.assertThat().extractingPath("$.result.search_facets.organization.items[0].display_name")
                            .isEqualTo("宜昌市交通运输局");
                    body.assertThat().extractingPath("$.result.facets.organization.yc-jtysj").isEqualTo(1);
                });
    }

    @Test
    void packageSearchTakesAJsonBodyAndTheUnversionedPath() {
        assertThat(mvc().post().uri("/api/action/package_search").contentType(MediaType.APPLICATION_JSON)
                .content("{\"fq\": \"groups:transport\", \"rows\": 1}"))
                .hasStatusOk()
                .bodyJson().extractingPath("$.result.results[0].id").isEqualTo("420500-000001");
    }

    @Test
    void aDraftIsACkanNotFoundError() {
        assertThat(mvc().get().uri("/api/3/action/package_show").param("id", draft.code()))
                .hasStatus(404)
                .bodyJson()
                .satisfies(body -> {
                    body.assertThat().extractingPath("$.success").isEqualTo(false);
                    body.assertThat().extractingPath("$.error.__type").isEqualTo("Not Found Error");
                    body.assertThat().extractingPath("$.help").asString().endsWith("name=package_show");
                });
    }

    @Test
    void badParametersAreCkanValidationErrorsNamingTheField() {
        assertThat(mvc().get().uri("/api/3/action/package_search").param("fq", "secret:1"))
                .hasStatus(409)
                .bodyJson()
                .satisfies(body -> {
                    body.assertThat().extractingPath("$.error.__type").isEqualTo("Validation Error");
                    body.assertThat().extractingPath("$.error.fq[0]").asString().contains("unknown field");
                });
        assertThat(mvc().get().uri("/api/3/action/package_show"))
                .hasStatus(409)
                .bodyJson().extractingPath("$.error.id[0]").isEqualTo("Missing value");
    }

    @Test
    void unreadableBodiesAndUnknownActionsAreBadRequests() {
        assertThat(mvc().post().uri("/api/3/action/package_search").contentType(MediaType.APPLICATION_JSON)
                .content("{\"q\": "))
                .hasStatus(400)
                .bodyJson().extractingPath("$.error.__type").isEqualTo("Bad Request");
        assertThat(mvc().get().uri("/api/3/action/package_purge"))
                .hasStatus(400)
                .bodyJson().extractingPath("$.error.message").asString().contains("package_purge");
    }

    @Test
    void unexpectedFailuresAreAnsweredInCkansFormWithoutInternals() {
        FakeCatalog broken = new FakeCatalog(buses) {
            @Override
            public SearchResult search(Caller caller, SearchQuery query) {
                throw new IllegalStateException("index file is corrupt at /var/index");
            }
        };

        assertThat(mvc(broken).get().uri("/api/3/action/package_search"))
                .hasStatus(500)
                .bodyJson()
                .satisfies(body -> {
                    body.assertThat().extractingPath("$.success").isEqualTo(false);
                    body.assertThat().extractingPath("$.error.message").asString().doesNotContain("/var/index");
                });
    }

    @Test
    void listsAndStatusAnswer() {
        assertThat(mvc().get().uri("/api/3/action/package_list")).hasStatusOk()
                .bodyJson().extractingPath("$.result").asArray().containsExactly("420500-000001");
        assertThat(mvc().get().uri("/api/3/action/organization_list").param("all_fields", "true")).hasStatusOk()
                .bodyJson().extractingPath("$.result[0].package_count").isEqualTo(1);
        assertThat(mvc().get().uri("/api/3/action/group_list")).hasStatusOk()
                .bodyJson().extractingPath("$.result").asArray().contains("transport");
        assertThat(mvc().get().uri("/api/3/action/status_show")).hasStatusOk()
                .bodyJson().extractingPath("$.result.ckan_version").isEqualTo("2.10.0");
    }

    /** Stands in for identity's resolver: every request here is anonymous. */
    static final class AnonymousCaller implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Caller.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                WebDataBinderFactory binders) {
            return Caller.ANONYMOUS;
        }
    }
}
