package io.jingchu.hub.catalog.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.jingchu.hub.catalog.DataResource;
import org.jspecify.annotations.Nullable;

/** A resource as the REST API shows it: every stored member plus its description rendered as safe HTML. */
record ResourceView(@JsonUnwrapped DataResource resource, @Nullable String descriptionHtml) {
}
