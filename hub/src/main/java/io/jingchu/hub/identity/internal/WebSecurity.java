package io.jingchu.hub.identity.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Who may reach which URL before any controller runs, and how callers prove who they are.
 *
 * <p>Access to the hub's own endpoints is decided by the {@code @PreAuthorize} every controller method carries
 * (a test fails the build when one lacks it), so the URL rules here only cover what is not ours: actuator
 * endpoints and the API documents. Keeping one place of decision means a module marks an endpoint public by
 * annotating it, without touching this class.
 *
 * <p>Two chains: the API ({@code /api/**}, actuator) is stateless, authenticated per request by API token
 * ({@code Authorization: Bearer jct_…}) or HTTP Basic, and has no CSRF protection because it keeps no
 * session a forged request could ride on (one stream reads the session besides: {@link #loadEventsFilterChain}).
 * Everything else is the web: form login at {@code /login}, a session, CSRF on; a session follows its user's changes
 * from its next request on ({@link SessionCheckFilter}). Both answer refusals as problem+json
 * ({@link ProblemAnswers}); browsers asking for a page are sent to the login form, and shown a page when refused.
 * Spring Security's default headers (nosniff, frame options DENY, HSTS on HTTPS, no caching of authenticated answers)
 * stay on; the web adds a content security policy ({@link #CONTENT_SECURITY_POLICY}) and keeps referrers to the hub
 * itself.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class WebSecurity {

    /** Where a browser is shown that it may not do what it asked (the portal's page). */
    static final String DENIED_PAGE = "/denied";

    /**
     * Pages load scripts only from the hub itself, never inline, and may not be framed. Inline styles stay allowed
     * because ECharts writes its tooltips with style attributes; a style cannot run code.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * A load's progress stream ({@code GET /api/v1/loads/{id}/events}) is the one API address a signed-in browser
     * reads with its session: the publisher console follows a load with {@code EventSource}, which cannot send a
     * token. The session is only read here, never made, and checked against its user as on the web; a token or HTTP
     * Basic works as on the rest of the API.
     * There is no CSRF check, as on every {@code GET}: the stream changes nothing, and a page of another origin
     * cannot read it (no CORS). Who may follow which job is still the endpoint's {@code @PreAuthorize} and ingest's.
     */
    @Bean
    @Order(0)
    SecurityFilterChain loadEventsFilterChain(HttpSecurity http, ApiTokens tokens, ProblemAnswers problems,
            SessionStamps stamps, UserStore users) throws Exception {
        return byTokenOrPassword(http, tokens, problems)
                .securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET,
                        "/api/v1/loads/*/events"))
                .addFilterBefore(new SessionCheckFilter(stamps, users), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .securityContext(context -> context.securityContextRepository(
                        new HttpSessionSecurityContextRepository()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens tokens, ProblemAnswers problems) throws Exception {
        return byTokenOrPassword(http, tokens, problems)
                .securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    /** API callers prove who they are by token or HTTP Basic, and are answered problem+json when they cannot. */
    private static HttpSecurity byTokenOrPassword(HttpSecurity http, ApiTokens tokens, ProblemAnswers problems)
            throws Exception {
        return http
                .requestCache(AbstractHttpConfigurer::disable)
                .httpBasic(basic -> basic.realmName(ProblemAnswers.REALM).authenticationEntryPoint(problems))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    }

    /** A browser refused a page gets the portal's page saying so (status 403), not a JSON document. */
    private static AccessDeniedHandler deniedPage() {
        AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();
        page.setErrorPage(DENIED_PAGE);
        return page;
    }

    @Bean
    @Order(2)
    SecurityFilterChain webFilterChain(HttpSecurity http, ProblemAnswers problems, SessionStamps stamps,
            UserStore users) throws Exception {
        var wantsJson = new MediaTypeRequestMatcher(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        wantsJson.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
        var wantsHtml = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        wantsHtml.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
        return http
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                // the form is the portal's page at the same address
                .formLogin(form -> form.loginPage("/login"))
                .logout(Customizer.withDefaults())
                // after sign-in and sign-out, so that a session that is over can still sign out
                .addFilterBefore(new SessionCheckFilter(stamps, users), AnonymousAuthenticationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(problems, wantsJson)
                        .defaultAccessDeniedHandlerFor(deniedPage(), wantsHtml)
                        .defaultAccessDeniedHandlerFor(problems, AnyRequestMatcher.INSTANCE))
                .build();
    }
}
