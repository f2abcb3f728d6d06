package io.jingchu.hub.identity.internal;

import io.jingchu.hub.identity.Role;
import io.jingchu.hub.identity.UserAccount;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making administrators outside any request: the first one from the settings on start, and any from the
 * command line ({@code jingchu admin create}), whoever may be logged in, since whoever runs the command
 * already holds the database.
 */
@Service
public class Administrators {

    private final IdentityDirectory directory;

    Administrators(IdentityDirectory directory) {
        this.directory = directory;
    }

    /** Creates an administrator; refused like any user creation when the name is taken or the password too short. */
    @Transactional
    public UserAccount create(String username, @Nullable String displayName, char[] password) {
        return directory.create(username, displayName, password, Set.of(Role.ADMIN), null);
    }

    /** Creates the administrator named in the settings, unless an administrator already exists. */
    @Transactional
    public Optional<UserAccount> createFirst(String username, @Nullable String displayName, char[] password) {
        if (directory.administratorExists()) {
            return Optional.empty();
        }
        return Optional.of(create(username, displayName, password));
    }
}
