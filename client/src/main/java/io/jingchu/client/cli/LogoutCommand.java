package io.jingchu.client.cli;

import io.jingchu.client.HubUnreachableException;
import io.jingchu.client.JingchuClient;
import io.jingchu.client.JingchuException;
import java.util.Optional;
import picocli.CommandLine.Command;

/**
 * Forgets the saved login. The token is revoked at the hub first when possible; if the hub cannot be asked,
 * the local file is deleted anyway and the token stays valid until it is revoked on the hub's pages.
 */
@Command(name = "logout", mixinStandardHelpOptions = true,
        description = "Revoke the saved token if possible and delete the saved login.")
final class LogoutCommand extends HubCommand {

    @Override
    void run() {
        CredentialStore store = root.credentialStore();
        Optional<Credentials> saved = store.load();
        if (saved.isEmpty()) {
            store.delete();
            out().println(text("logout.notLoggedIn"));
            return;
        }
        Credentials credentials = saved.get();
        if (credentials.tokenId() != null) {
            try {
                JingchuClient.builder(credentials.url()).token(credentials.token())
                        .language(root.language().tag()).build()
                        .revokeToken(credentials.tokenId());
            } catch (JingchuException refused) {
                err().println(text("logout.revokeFailed", refused.getMessage()));
            } catch (HubUnreachableException unreachable) {
                err().println(text("logout.revokeFailed",
                        text("error.unreachable", unreachable.uri(), unreachable.reason())));
            }
        }
        store.delete();
        out().println(text("logout.done", credentials.url()));
    }
}
