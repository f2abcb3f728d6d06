package io.jingchu.client.cli;

import io.jingchu.client.JingchuClient;
import io.jingchu.client.JingchuException;
import io.jingchu.client.Json;
import io.jingchu.client.Resource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Registers a resource from a JSON file, or updates it when the file names the code of one that exists. The
 * file has the shape of the hub's ResourceDraft; the output of {@code show --json} works too, because the
 * members the hub keeps itself (id, state, version, timestamps …) are dropped before sending.
 */
@Command(name = "put", mixinStandardHelpOptions = true,
        description = "Create a data resource from a JSON file, or update it if its code exists.")
final class PutCommand extends HubCommand {

    /** Members of a resource that the hub sets; never part of a draft. */
    private static final Set<String> HUB_OWNED = Set.of("id", "organizationName", "divisionCode", "level", "state",
            "rejectionReason", "version", "createdAt", "updatedAt", "publishedAt", "descriptionHtml");

    @Parameters(paramLabel = "FILE.json", description = "The resource, as a ResourceDraft JSON document.")
    Path file;

    @Option(names = "--submit", description = "Submit it for review afterwards.")
    boolean submit;

    @Override
    void run() {
        ObjectNode draft = readDraft();
        JingchuClient client = client();
        Optional<Resource> existing = existing(client, draft.path("code").asString(""));
        Resource saved;
        if (existing.isPresent()) {
            saved = client.updateResource(existing.get().code(), existing.get().version(), draft);
            out().println(text("put.updated", saved.code(), saved.version()));
        } else {
            saved = client.createResource(draft);
            out().println(text("put.created", saved.code(), saved.version()));
        }
        if (submit) {
            Resource submitted = client.submit(saved.code(), saved.version());
            out().println(text("transition.done", submitted.code(), label("state", submitted.state()),
                    submitted.version()));
        }
    }

    private ObjectNode readDraft() {
        if (!Files.isRegularFile(file)) {
            throw usage("put.noFile", file);
        }
        JsonNode document;
        try {
            document = Json.MAPPER.readTree(file);
        } catch (JacksonException e) {
            throw usage("put.notJson", file, e.getOriginalMessage());
        }
        if (!document.isObject()) {
            throw usage("put.notObject", file);
        }
        ObjectNode draft = (ObjectNode) document;
        draft.remove(HUB_OWNED);
        return draft;
    }

    /** The resource with this code, or empty when there is none (or no code was given). */
    private static Optional<Resource> existing(JingchuClient client, String code) {
        if (code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(client.resource(code));
        } catch (JingchuException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
