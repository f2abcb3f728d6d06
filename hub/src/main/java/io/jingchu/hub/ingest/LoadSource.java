package io.jingchu.hub.ingest;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Where a load reads its data from. */
public sealed interface LoadSource {

    /** A label for people and the job list; never contains a password. */
    String label();

    /** A completed upload of this caller. */
    record Upload(String uploadId) implements LoadSource {
        public Upload {
            Objects.requireNonNull(uploadId, "uploadId");
        }

        @Override
        public String label() {
            return "upload " + uploadId;
        }
    }

    /** A file on the server, inside one of the directories the settings allow. */
    record ServerPath(String path) implements LoadSource {
        public ServerPath {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String label() {
            return path;
        }
    }

    /** A table or one read-only query of a PostgreSQL or MySQL/MariaDB database. */
    record Jdbc(String url, @Nullable String user, @Nullable String password, @Nullable String table,
            @Nullable String query) implements LoadSource {
        public Jdbc {
            Objects.requireNonNull(url, "url");
        }

        @Override
        public String label() {
            return url.replaceAll("(?i)password=[^&;]*", "password=***") + " " + (table != null ? table : "(query)");
        }

        @Override
        public String toString() {
            return "Jdbc[" + label() + "]";
        }
    }
}
