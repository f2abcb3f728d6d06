package io.jingchu.client;

/** Reads the client's records from JSON the way the client does, for tests outside this package. */
public final class Documents {

    private Documents() {
    }

    public static <T> T read(String json, Class<T> type) {
        return Json.read(Json.MAPPER.readTree(json), type);
    }
}
