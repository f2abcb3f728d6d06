package io.jingchu.hub.catalog.ckan;

import io.jingchu.hub.catalog.ckan.CkanDictionaries.Failure;
import io.jingchu.hub.catalog.ckan.CkanDictionaries.Organization;
import io.jingchu.hub.catalog.ckan.CkanDictionaries.Package;
import io.jingchu.hub.catalog.ckan.CkanDictionaries.SearchResult;
import io.jingchu.hub.catalog.ckan.CkanDictionaries.Status;
import io.jingchu.hub.catalog.ckan.CkanDictionaries.Success;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.HubProperties;
import io.jingchu.hub.identity.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.AuthenticationException;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * CKAN's Action API v3 under {@code /api/3/action/{action}} (and CKAN's unversioned alias {@code /api/action}),
 * public and read-only. Every action takes its
 * parameters from the query string or, as CKAN allows, from a JSON object posted as the body.
 *
 * <p>Unlike the rest of the hub, this endpoint family does not answer refusals as problem+json: CKAN clients expect
 * {@code {"help", "success": false, "error": {"__type", "message"}}} with CKAN's statuses (404 Not Found Error, 409
 * Validation Error, 400 Bad Request), and speaking that form is the point of being compatible.
 */
@RestController
@RequestMapping(path = {"/api/3/action", "/api/action"}, produces = MediaType.APPLICATION_JSON_VALUE)
class CkanController {

    private static final Logger log = LoggerFactory.getLogger(CkanController.class);

    private final CkanActions actions;
    private final JsonMapper json;
    private final String helpBase;

    CkanController(CkanActions actions, JsonMapper json, HubProperties properties) {
        this.actions = actions;
        this.json = json;
        String url = properties.publicUrl().strip();
        this.helpBase = (url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                + "/api/3/action/help_show?name=";
    }

    @RequestMapping(path = "/package_search", method = {RequestMethod.GET, RequestMethod.POST})
    @PreAuthorize("permitAll()")
    Success<SearchResult> packageSearch(Caller caller, @RequestParam MultiValueMap<String, String> query,
            @RequestBody(required = false) @Nullable String body) {
        return ok("package_search", actions.packageSearch(caller, parameters(query, body)));
    }

    @RequestMapping(path = "/package_show", method = {RequestMethod.GET, RequestMethod.POST})
    @PreAuthorize("permitAll()")
    Success<Package> packageShow(Caller caller, @RequestParam MultiValueMap<String, String> query,
            @RequestBody(required = false) @Nullable String body) {
        return ok("package_show", actions.packageShow(caller, parameters(query, body)));
    }

    @RequestMapping(path = "/package_list", method = {RequestMethod.GET, RequestMethod.POST})
    @PreAuthorize("permitAll()")
    Success<List<String>> packageList(@RequestParam MultiValueMap<String, String> query,
            @RequestBody(required = false) @Nullable String body) {
        return ok("package_list", actions.packageList(parameters(query, body)));
    }

    @RequestMapping(path = "/organization_list", method = {RequestMethod.GET, RequestMethod.POST})
    @PreAuthorize("permitAll()")
    Success<List<?>> organizationList(Caller caller, @RequestParam MultiValueMap<String, String> query,
            @RequestBody(required = false) @Nullable String body) {
        return ok("organization_list", actions.organizationList(caller, parameters(query, body)));
    }

    @RequestMapping(path = "/organization_show", method = {RequestMethod.GET, RequestMethod.POST})
    @PreAuthorize("permitAll()")
    Success<Organization> organizationShow(Caller caller, @RequestParam MultiValueMap<String, String> query,
            @RequestBody(required = false) @Nullable String body) {
        return ok("organization_show", actions.organizationShow(caller, parameters(query, body)));
    }

    @RequestMapping(path = "/group_list", method = {RequestMethod.GET, RequestMethod.POST})
    @PreAuthorize("permitAll()")
    Success<List<?>> groupList(Caller caller, @RequestParam MultiValueMap<String, String> query,
            @RequestBody(required = false) @Nullable String body) {
        return ok("group_list", actions.groupList(caller, parameters(query, body)));
    }

    @RequestMapping(path = "/status_show", method = {RequestMethod.GET, RequestMethod.POST})
    @PreAuthorize("permitAll()")
    Success<Status> statusShow() {
        return ok("status_show", actions.statusShow());
    }

    /** Any other action: CKAN's answer to an action it does not know. */
    @RequestMapping(path = "/{action}", method = {RequestMethod.GET, RequestMethod.POST})
    @PreAuthorize("permitAll()")
    Success<Void> unknown(@PathVariable String action) {
        throw CkanException.badRequest("Action name not known: " + action);
    }

    @ExceptionHandler(CkanException.class)
    ResponseEntity<Failure> refused(CkanException e, HttpServletRequest request) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("__type", e.kind().type());
        error.put("message", e.getMessage());
        if (e.field() != null) {
            error.put(e.field(), List.of(e.getMessage()));
        }
        return failure(e.kind().status(), error, request);
    }

    /** A refusal from the catalog or identity module, in CKAN's terms. */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<Failure> domain(DomainException e, HttpServletRequest request) {
        int status = e.code().status().value();
        CkanException.Kind kind = status == 404 ? CkanException.Kind.NOT_FOUND : CkanException.Kind.VALIDATION;
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("__type", kind.type());
        error.put("message", kind == CkanException.Kind.NOT_FOUND ? "Not found" : e.code().name());
        return failure(kind.status(), error, request);
    }

    /** Let Spring Security answer these as it answers them everywhere. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Failure> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure in the CKAN API", e);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("__type", "Internal Server Error");
        error.put("message", "Internal server error");
        return failure(HttpStatus.INTERNAL_SERVER_ERROR.value(), error, request);
    }

    private CkanParameters parameters(MultiValueMap<String, String> query, @Nullable String body) {
        return CkanParameters.of(query, body, json);
    }

    private <T> Success<T> ok(String action, T result) {
        return new Success<>(helpBase + action, true, result);
    }

    private ResponseEntity<Failure> failure(int status, Map<String, Object> error, HttpServletRequest request) {
        String uri = request.getRequestURI();
        String action = uri.substring(uri.lastIndexOf('/') + 1);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new Failure(helpBase + action, false, error));
    }
}
