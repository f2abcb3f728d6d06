package io.jingchu.hub.catalog.ckan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of CKAN's Action API ("dictionaries" in CKAN's words), member names as CKAN spells them. Empty
 * members that CKAN always sends (such as {@code maintainer: null}) are kept so that clients that index them find
 * them.
 */
final class CkanDictionaries {

    private CkanDictionaries() {
    }

    /** The envelope of every successful answer. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Success<T>(String help, boolean success, T result) {
    }

    /** The envelope of every refusal; {@code error} holds {@code __type}, {@code message} and the offending field. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Failure(String help, boolean success, Map<String, Object> error) {
    }

    /** A data resource as a CKAN package (dataset). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Package(
            String id,
            String name,
            String title,
            @Nullable String notes,
            String url,
            String state,
            @JsonProperty("private") boolean isPrivate,
            String type,
            boolean isopen,
            @JsonProperty("metadata_created") String metadataCreated,
            @JsonProperty("metadata_modified") String metadataModified,
            @JsonProperty("owner_org") String ownerOrg,
            Organization organization,
            List<Group> groups,
            List<Tag> tags,
            @JsonProperty("license_id") String licenseId,
            @JsonProperty("license_title") String licenseTitle,
            @Nullable String author,
            @JsonProperty("author_email") @Nullable String authorEmail,
            @Nullable String maintainer,
            @JsonProperty("maintainer_email") @Nullable String maintainerEmail,
            @Nullable String version,
            List<Extra> extras,
            List<Object> resources,
            @JsonProperty("num_resources") int numResources,
            @JsonProperty("num_tags") int numTags) {
    }

    /** An organization; {@code package_count} only where CKAN gives it (lists with all_fields, show). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Organization(
            String id,
            String name,
            String title,
            @JsonProperty("display_name") String displayName,
            String description,
            @JsonProperty("image_url") String imageUrl,
            String type,
            @JsonProperty("is_organization") boolean isOrganization,
            @JsonProperty("approval_status") String approvalStatus,
            String state,
            @JsonProperty("package_count") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long packageCount) {
    }

    /** A theme as a CKAN group. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Group(
            String id,
            String name,
            String title,
            @JsonProperty("display_name") String displayName,
            String description,
            @JsonProperty("image_url") String imageUrl,
            String type,
            @JsonProperty("is_organization") boolean isOrganization,
            String state,
            @JsonProperty("package_count") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long packageCount) {
    }

    record Tag(String name, @JsonProperty("display_name") String displayName, String state) {
    }

    record Extra(String key, String value) {
    }

    /** The result of package_search. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SearchResult(
            long count,
            String sort,
            Map<String, Map<String, Long>> facets,
            @JsonProperty("search_facets") Map<String, SearchFacet> searchFacets,
            List<Package> results) {
    }

    record SearchFacet(String title, List<FacetItem> items) {
    }

    record FacetItem(String name, @JsonProperty("display_name") String displayName, long count) {
    }

    /** The result of status_show. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Status(
            @JsonProperty("site_title") String siteTitle,
            @JsonProperty("site_description") String siteDescription,
            @JsonProperty("site_url") String siteUrl,
            @JsonProperty("ckan_version") String ckanVersion,
            @JsonProperty("error_emails_to") @Nullable String errorEmailsTo,
            @JsonProperty("locale_default") String localeDefault,
            List<String> extensions) {
    }
}
