package io.jingchu.hub.region.web;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.region.Division;
import io.jingchu.hub.region.DivisionCodes;
import io.jingchu.hub.region.RegionApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The division tree over HTTP; public, since divisions are public facts. */
@RestController
@RequestMapping("/api/v1/regions")
@PreAuthorize("permitAll()")
@Tag(name = "regions", description = "行政区划: the five-level division tree")
class RegionController {

    private final RegionApi regions;

    RegionController(RegionApi regions) {
        this.regions = regions;
    }

    @GetMapping
    @Operation(summary = "The loaded provinces, or with q the divisions whose name contains q or whose code starts with it")
    List<Division> list(@RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "20") int limit) {
        return q == null || q.isBlank() ? regions.roots() : regions.search(q, limit);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One division by its 12-digit code")
    Division get(@PathVariable String code) {
        return existing(code);
    }

    @GetMapping("/{code}/children")
    @Operation(summary = "The divisions directly below, in code order")
    List<Division> children(@PathVariable String code) {
        return regions.children(existing(code).code());
    }

    @GetMapping("/{code}/ancestors")
    @Operation(summary = "The enclosing divisions, from the province down")
    List<Division> ancestors(@PathVariable String code) {
        return regions.ancestors(existing(code).code());
    }

    private Division existing(String code) {
        if (!DivisionCodes.isValid(code)) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "code", code);
        }
        return regions.find(code).orElseThrow(() -> DomainException.onField(ErrorCode.REGION_NOT_FOUND, "code", code));
    }
}
