package io.jingchu.hub.portal.internal;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language of an answer: the one a visitor chose with {@code ?lang=en} or {@code ?lang=zh-CN} on a page, kept
 * in a cookie; otherwise the request's {@code Accept-Language}; otherwise Chinese. Without the cookie this is
 * exactly how the API answered before the portal existed, so problem messages keep their language.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class PortalLocales implements WebMvcConfigurer {

    static final String COOKIE = "jingchu-lang";

    /** Named so that it takes the place of the one Spring Boot would make. */
    @Bean
    LocaleResolver localeResolver(WebProperties web) {
        Locale fallback = web.getLocale() == null ? Locale.SIMPLIFIED_CHINESE : web.getLocale();
        AcceptHeaderLocaleResolver header = new AcceptHeaderLocaleResolver();
        header.setDefaultLocale(fallback);
        CookieLocaleResolver cookie = new CookieLocaleResolver(COOKIE);
        cookie.setCookieMaxAge(Duration.ofDays(365));
        cookie.setCookieSameSite("Lax");
        cookie.setDefaultLocaleFunction(header::resolveLocale);
        return cookie;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }
}
