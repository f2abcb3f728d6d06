package io.jingchu.hub.portal.web;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.web.Problems;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every portal page has: who is signed in, the page's address in the other language, and refusals shown
 * as a page (with the status and the same localized message the API gives) instead of problem+json.
 */
@ControllerAdvice(basePackageClasses = PortalPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalPages {

    private final Problems problems;

    PortalPages(Problems problems) {
        this.problems = problems;
    }

    @ModelAttribute
    void common(HttpServletRequest request, Model model) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Caller caller = authentication != null && authentication.getPrincipal() instanceof Caller c ? c
                : Caller.ANONYMOUS;
        Locale locale = LocaleContextHolder.getLocale();
        boolean english = locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
        model.addAttribute("caller", caller);
        // forms show refusals beside their fields (see Forms); none until a handler puts some
        model.addAttribute("errors", Map.of());
        model.addAttribute("bureau", caller.has(Role.ADMIN));
        model.addAttribute("publisher", caller.has(Role.PUBLISHER));
        model.addAttribute("decides", caller.has(Role.ADMIN) || caller.has(Role.PUBLISHER));
        model.addAttribute("lang", english ? "en" : "zh-CN");
        model.addAttribute("otherLang", english ? "zh-CN" : "en");
        String query = request.getQueryString();
        model.addAttribute("otherLangUrl", UriComponentsBuilder
                .fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query))
                .replaceQueryParam("lang", english ? "zh-CN" : "en").build().toUriString());
    }

    @ExceptionHandler(DomainException.class)
    String refused(DomainException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        common(request, model);
        response.setStatus(e.code().status().value());
        model.addAttribute("status", e.code().status().value());
        model.addAttribute("code", e.code().name());
        model.addAttribute("message", problems.message(e.code(), e.field(), e.args(), LocaleContextHolder.getLocale()));
        return "portal/error";
    }
}
