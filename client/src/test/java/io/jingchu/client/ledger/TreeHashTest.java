package io.jingchu.client.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;

class TreeHashTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void sm3OfAbcIsTheVectorOfGbT32905() {
        assertThat(HEX.formatHex(sm3Of("abc".getBytes(StandardCharsets.US_ASCII)))).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void sm3TreeHashesPrefixTheirInputsAsRfc9162Says() {
        TreeHash sm3 = TreeHash.sm3();
        byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
        assertThat(sm3.leaf(abc)).isEqualTo(sm3Of(new byte[] {0x00, 'a', 'b', 'c'}));
        byte[] left = sm3.leaf(abc);
        byte[] right = sm3.empty();
        byte[] joined = new byte[65];
        joined[0] = 0x01;
        System.arraycopy(left, 0, joined, 1, 32);
        System.arraycopy(right, 0, joined, 33, 32);
        assertThat(sm3.node(left, right)).isEqualTo(sm3Of(joined));
        assertThat(HEX.formatHex(sm3.empty()))
                .isEqualTo("1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b");
    }

    @Test
    void sha256LeafAndNodeFollowRfc9162() {
        TreeHash sha256 = TreeHash.sha256();
        assertThat(HEX.formatHex(sha256.empty()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(HEX.formatHex(sha256.leaf(new byte[0])))
                .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
    }

    @Test
    void namesAreTheSettingsValues() {
        assertThat(TreeHash.named("SM3").name()).isEqualTo("sm3");
        assertThat(TreeHash.named("sha256").name()).isEqualTo("sha256");
        assertThatThrownBy(() -> TreeHash.named("md5")).hasMessageContaining("md5");
    }

    private static byte[] sm3Of(byte[] input) {
        SM3Digest digest = new SM3Digest();
        digest.update(input, 0, input.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }
}
