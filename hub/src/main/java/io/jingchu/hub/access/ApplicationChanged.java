package io.jingchu.hub.access;

import java.util.Objects;

/** An application for conditionally open data was made or changed state: the application as it is now. */
public record ApplicationChanged(AccessApplication application) {

    public ApplicationChanged {
        Objects.requireNonNull(application, "application");
    }
}
