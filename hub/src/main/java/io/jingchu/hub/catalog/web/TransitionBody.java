package io.jingchu.hub.catalog.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The body of submit, publish, reject and retire: the version acted on, and a reason where one is asked. */
record TransitionBody(@NotNull Long version, @Nullable String reason) {
}
