package io.jingchu.hub.query.internal;

import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.query.RowQuery.Position;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keyset cursors: an opaque base64url token holding the version, the sort it was made for, the last row's sort
 * values and its position in the file, followed by a 16-byte HMAC-SHA256 over the resource code and that content.
 * Reading one is strict: a cursor that was changed, or made for another resource, version or sort, or whose values
 * do not fit the sort fields' types, is {@code CURSOR_INVALID}, never a guess.
 */
public final class CursorCodec {

    private static final int MAC_BYTES = 16;
    private static final int MAX_LENGTH = 4096;
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Set<String> MEMBERS = Set.of("v", "s", "k", "r");

    private final SecretKeySpec key;
    private final JsonMapper json;

    /** @param key the key of the check ({@link CursorKey}) */
    public CursorCodec(byte[] key, JsonMapper json) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
        this.json = json;
    }

    /**
     * @param sort the sort as the request spelled it canonically ({@code -a,b}), empty for file order
     * @param types the sort fields' types, in sort order
     */
    public String encode(String resourceCode, int version, String sort, List<FieldType> types, Position position) {
        ObjectNode payload = json.createObjectNode();
        payload.put("v", version);
        payload.put("s", sort);
        ArrayNode keys = payload.putArray("k");
        for (int i = 0; i < types.size(); i++) {
            Object value = position.values().get(i);
            if (value == null) {
                keys.addNull();
            } else if (value instanceof Long l) {
                keys.add(l);
            } else if (value instanceof Boolean b) {
                keys.add(b);
            } else if (value instanceof BigDecimal d) {
                keys.add(d.toPlainString());
            } else {
                keys.add(value.toString());
            }
        }
        payload.put("r", position.row());
        byte[] content = json.writeValueAsBytes(payload);
        byte[] token = Arrays.copyOf(content, content.length + MAC_BYTES);
        System.arraycopy(mac(resourceCode, content), 0, token, content.length, MAC_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** The position a cursor continues after, if it belongs to exactly this resource, version and sort. */
    public Position decode(String cursor, String resourceCode, int version, String sort, List<FieldType> types) {
        if (cursor.isEmpty() || cursor.length() > MAX_LENGTH || !BASE64URL.matcher(cursor).matches()) {
            throw invalid();
        }
        byte[] token;
        try {
            token = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        // Base64 leaves the low bits of a last character unused; a cursor whose text is not exactly the one this
        // codec writes for its bytes was changed, even where the bytes come out the same.
        if (token.length <= MAC_BYTES || !Base64.getUrlEncoder().withoutPadding().encodeToString(token).equals(cursor)) {
            throw invalid();
        }
        byte[] content = Arrays.copyOf(token, token.length - MAC_BYTES);
        byte[] given = Arrays.copyOfRange(token, content.length, token.length);
        if (!MessageDigest.isEqual(given, Arrays.copyOf(mac(resourceCode, content), MAC_BYTES))) {
            throw invalid();
        }
        JsonNode payload;
        try {
            payload = json.readTree(content);
        } catch (JacksonException e) {
            throw invalid();
        }
        if (payload == null || !payload.isObject() || !Set.copyOf(names(payload)).equals(MEMBERS)
                || payload.size() != MEMBERS.size()) {
            throw invalid();
        }
        JsonNode v = payload.get("v");
        JsonNode s = payload.get("s");
        JsonNode k = payload.get("k");
        JsonNode r = payload.get("r");
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() != version
                || !s.isString() || !s.stringValue().equals(sort)
                || !k.isArray() || k.size() != types.size()
                || !r.isIntegralNumber() || !r.canConvertToLong() || r.longValue() < 0) {
            throw invalid();
        }
        List<@Nullable Object> values = new ArrayList<>(types.size());
        for (int i = 0; i < types.size(); i++) {
            values.add(value(types.get(i), k.get(i)));
        }
        return new Position(values, r.longValue());
    }

    private static @Nullable Object value(FieldType type, JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        Object value = switch (type) {
            case INTEGER -> node.isIntegralNumber() && node.canConvertToLong() ? node.longValue() : null;
            case BOOLEAN -> node.isBoolean() ? node.booleanValue() : null;
            case STRING -> node.isString() ? node.stringValue() : null;
            case DECIMAL, DATE, TIMESTAMP -> node.isString()
                    ? FieldValues.parse(type, node.stringValue()).orElse(null) : null;
        };
        if (value == null || (value instanceof LocalDate d && !d.toString().equals(node.stringValue()))
                || (value instanceof LocalDateTime && node.stringValue().contains(" "))) {
            throw invalid();
        }
        return value;
    }

    private static List<String> names(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }

    private byte[] mac(String resourceCode, byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(resourceCode.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) '\n');
            return mac.doFinal(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static DomainException invalid() {
        return DomainException.onField(ErrorCode.CURSOR_INVALID, "cursor");
    }
}
