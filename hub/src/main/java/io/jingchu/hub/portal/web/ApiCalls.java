package io.jingchu.hub.portal.web;

import io.jingchu.hub.common.HubProperties;
import org.springframework.stereotype.Component;

/**
 * Ready-to-copy calls of a dataset's row API in curl, Python and Java, against the address the hub is reached
 * at. A signed-in visitor's calls send a token from the environment variable {@code JINGCHU_TOKEN}: tokens are
 * shown once when made, and the hub keeps only their hashes, so a page can never print one.
 */
@Component
class ApiCalls {

    private final String base;

    ApiCalls(HubProperties hub) {
        this.base = hub.publicUrl().replaceAll("/+$", "");
    }

    /** The three snippets. */
    public record Calls(String curl, String python, String java) {
    }

    /** A first call with a new token: who the hub takes its bearer for, with the token in the environment. */
    String firstCall(String token) {
        return "export JINGCHU_TOKEN=" + token + "\ncurl -H \"Authorization: Bearer $JINGCHU_TOKEN\" \"" + base
                + "/api/v1/me\"";
    }

    Calls of(String code, boolean withToken) {
        String url = base + "/api/v1/resources/" + code + "/rows?limit=20";
        String curl = withToken
                ? "curl -H \"Authorization: Bearer $JINGCHU_TOKEN\" \\\n  \"" + url + "\""
                : "curl \"" + url + "\"";
        String python = "import os, requests\n\n"
                + "response = requests.get(\n    \"" + url + "\",\n"
                + (withToken ? "    headers={\"Authorization\": \"Bearer \" + os.environ[\"JINGCHU_TOKEN\"]},\n" : "")
                + "    timeout=30,\n)\nresponse.raise_for_status()\nfor row in response.json()[\"rows\"]:\n    print(row)\n";
        String java = "var client = java.net.http.HttpClient.newHttpClient();\n"
                + "var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(\n        \"" + url + "\"))\n"
                + (withToken ? "        .header(\"Authorization\", \"Bearer \" + System.getenv(\"JINGCHU_TOKEN\"))\n" : "")
                + "        .build();\n"
                + "var body = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();\n"
                + "System.out.println(body);\n";
        return new Calls(curl, python, java);
    }
}
