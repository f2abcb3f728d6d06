package io.jingchu.hub.query.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.query.RowQuery.Position;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CursorCodecTest {

    static final List<FieldType> TYPES = List.of(FieldType.STRING, FieldType.INTEGER, FieldType.DECIMAL,
            FieldType.BOOLEAN, FieldType.DATE, FieldType.TIMESTAMP);
    static final Position POSITION = new Position(Arrays.asList("宜昌, \"东站\"", 42L, new BigDecimal("0.0001"), true,
            LocalDate.of(2024, 2, 29), LocalDateTime.of(2024, 2, 29, 23, 59, 58, 123_000_000)), 9_876_543_210L);
    static final String SORT = "a,-b,c,d,e,f";

    final CursorCodec codec = new CursorCodec("a test key of thirty-two bytes!!".getBytes(java.nio.charset.StandardCharsets.UTF_8), JsonMapper.builder().build());

    static void invalid(Runnable decode) {
        DomainException e = catchThrowableOfType(DomainException.class, decode::run);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.code().name()).isEqualTo("CURSOR_INVALID");
        assertThat(e.field()).isEqualTo("cursor");
    }

    @Test
    void aCursorReadsBackAsThePositionItWasMadeFrom() {
        String cursor = codec.encode("res", 3, SORT, TYPES, POSITION);

        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(codec.decode(cursor, "res", 3, SORT, TYPES)).isEqualTo(POSITION);
    }

    @Test
    void nullsAndFileOrderRoundTrip() {
        Position position = new Position(Arrays.asList(null, null), 0);
        String cursor = codec.encode("res", 1, "a,b", List.of(FieldType.STRING, FieldType.DATE), position);
        assertThat(codec.decode(cursor, "res", 1, "a,b", List.of(FieldType.STRING, FieldType.DATE)))
                .isEqualTo(position);

        String plain = codec.encode("res", 1, "", List.of(), new Position(List.of(), 99));
        assertThat(codec.decode(plain, "res", 1, "", List.of()).row()).isEqualTo(99);
    }

    @Test
    void anyChangedByteMakesItInvalid() {
        byte[] token = Base64.getUrlDecoder().decode(codec.encode("res", 3, SORT, TYPES, POSITION));
        for (int i = 0; i < token.length; i++) {
            byte[] changed = token.clone();
            changed[i] ^= 0x01;
            String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(changed);
            invalid(() -> codec.decode(cursor, "res", 3, SORT, TYPES));
        }
    }

    @Test
    void anyChangedCharacterMakesItInvalidEvenWhereTheBytesStayTheSame() {
        String cursor = codec.encode("res", 3, SORT, TYPES, POSITION);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < cursor.length(); i++) {
            for (char c : alphabet.toCharArray()) {
                if (c != cursor.charAt(i)) {
                    String changed = cursor.substring(0, i) + c + cursor.substring(i + 1);
                    invalid(() -> codec.decode(changed, "res", 3, SORT, TYPES));
                }
            }
        }
    }

    @Test
    void aCursorOfAnotherResourceVersionOrSortIsInvalid() {
        String cursor = codec.encode("res", 3, SORT, TYPES, POSITION);

        invalid(() -> codec.decode(cursor, "other", 3, SORT, TYPES));
        invalid(() -> codec.decode(cursor, "res", 4, SORT, TYPES));
        invalid(() -> codec.decode(cursor, "res", 3, "a,b,c,d,e,f", TYPES));
        invalid(() -> codec.decode(cursor, "res", 3, SORT, List.of(FieldType.STRING)));
        invalid(() -> codec.decode(cursor, "res", 3, SORT, List.of(FieldType.INTEGER, FieldType.INTEGER,
                FieldType.DECIMAL, FieldType.BOOLEAN, FieldType.DATE, FieldType.TIMESTAMP)));
    }

    @Test
    void aCursorMadeWithAnotherKeyIsInvalid() {
        String cursor = new CursorCodec("another secret".getBytes(java.nio.charset.StandardCharsets.UTF_8), JsonMapper.builder().build()).encode("res", 3, SORT, TYPES,
                POSITION);

        invalid(() -> codec.decode(cursor, "res", 3, SORT, TYPES));
    }

    @Test
    void textThatIsNotACursorIsInvalid() {
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"v\":3,\"s\":\"a\",\"k\":[\"x\"],\"r\":1}".getBytes(StandardCharsets.UTF_8));
        for (String cursor : List.of("", "a", "====", "abc=", "' OR 1=1 --", "a b", "游标", unsigned,
                "A".repeat(5000), codec.encode("res", 3, SORT, TYPES, POSITION) + "=")) {
            invalid(() -> codec.decode(cursor, "res", 3, SORT, TYPES));
        }
    }
}
