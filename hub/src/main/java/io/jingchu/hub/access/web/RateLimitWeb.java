package io.jingchu.hub.access.web;

import io.jingchu.hub.access.internal.RateLimiter;
import io.jingchu.hub.common.web.Problems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts the {@link RateLimitFilter} right behind Spring Security, on the API only; the filter itself picks
 * out the data endpoints.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class RateLimitWeb {

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimiter limiter, Problems problems,
            LocaleResolver locales, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(
                new RateLimitFilter(limiter, new DataEndpoints(), new RateLimitProblems(problems, locales, json)));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
