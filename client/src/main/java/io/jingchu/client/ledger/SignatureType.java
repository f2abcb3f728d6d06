package io.jingchu.client.ledger;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/**
 * The signature algorithms of the ledger's signed notes, each with its C2SP signed-note type identifier: Ed25519
 * is type {@code 0x01}; SM2 has no assigned byte, so it is {@code 0xff} followed by the ASCII bytes {@code sm2}.
 * SM2 signs with SM3 and the default signer identity {@code 1234567812345678} of GB/T 35276, and its signature is
 * the DER {@code SEQUENCE {r, s}} of GB/T 35276; its public key is the 65-byte uncompressed point.
 */
public enum SignatureType {

    ED25519(new byte[] {0x01}) {
        @Override
        byte[] generatePrivateKey(SecureRandom random) {
            return new Ed25519PrivateKeyParameters(random).getEncoded();
        }

        @Override
        byte[] publicKey(byte[] privateKey) {
            return new Ed25519PrivateKeyParameters(privateKey).generatePublicKey().getEncoded();
        }

        @Override
        byte[] sign(byte[] privateKey, byte[] message) {
            Ed25519Signer signer = new Ed25519Signer();
            signer.init(true, new Ed25519PrivateKeyParameters(privateKey));
            signer.update(message, 0, message.length);
            return signer.generateSignature();
        }

        @Override
        boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
            Ed25519Signer verifier = new Ed25519Signer();
            verifier.init(false, new Ed25519PublicKeyParameters(publicKey));
            verifier.update(message, 0, message.length);
            return verifier.verifySignature(signature);
        }

        @Override
        void checkPublicKey(byte[] publicKey) {
            if (publicKey.length != Ed25519PublicKeyParameters.KEY_SIZE) {
                throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + publicKey.length);
            }
        }

        @Override
        void checkPrivateKey(byte[] privateKey) {
            if (privateKey.length != Ed25519PrivateKeyParameters.KEY_SIZE) {
                throw new IllegalArgumentException("an Ed25519 private key has 32 bytes, not " + privateKey.length);
            }
        }
    },

    SM2(concat(new byte[] {(byte) 0xff}, "sm2".getBytes(StandardCharsets.US_ASCII))) {
        @Override
        byte[] generatePrivateKey(SecureRandom random) {
            BigInteger n = Sm2Curve.DOMAIN.getN();
            BigInteger d;
            do {
                d = BigIntegers.createRandomBigInteger(n.bitLength(), random);
            } while (d.signum() == 0 || d.compareTo(n.subtract(BigInteger.ONE)) >= 0);
            return BigIntegers.asUnsignedByteArray(32, d);
        }

        @Override
        byte[] publicKey(byte[] privateKey) {
            return Sm2Curve.DOMAIN.getG().multiply(new BigInteger(1, privateKey)).normalize().getEncoded(false);
        }

        @Override
        byte[] sign(byte[] privateKey, byte[] message) {
            SM2Signer signer = new SM2Signer();
            signer.init(true, new ParametersWithRandom(
                    new ECPrivateKeyParameters(new BigInteger(1, privateKey), Sm2Curve.DOMAIN), new SecureRandom()));
            signer.update(message, 0, message.length);
            try {
                return signer.generateSignature();
            } catch (CryptoException e) {
                throw new IllegalStateException("SM2 signing failed", e);
            }
        }

        @Override
        boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
            SM2Signer verifier = new SM2Signer();
            verifier.init(false, new ECPublicKeyParameters(Sm2Curve.point(publicKey), Sm2Curve.DOMAIN));
            verifier.update(message, 0, message.length);
            return verifier.verifySignature(signature);
        }

        @Override
        void checkPublicKey(byte[] publicKey) {
            if (publicKey.length != 65 || publicKey[0] != 0x04) {
                throw new IllegalArgumentException("an SM2 public key is an uncompressed point of 65 bytes");
            }
            Sm2Curve.point(publicKey);
        }

        @Override
        void checkPrivateKey(byte[] privateKey) {
            BigInteger d = new BigInteger(1, privateKey);
            if (privateKey.length != 32 || d.signum() == 0
                    || d.compareTo(Sm2Curve.DOMAIN.getN().subtract(BigInteger.ONE)) >= 0) {
                throw new IllegalArgumentException("an SM2 private key is a 32-byte number in [1, n-2]");
            }
        }
    };

    private final byte[] identifier;

    SignatureType(byte[] identifier) {
        this.identifier = identifier;
    }

    /** The type identifier that precedes the key in key texts and in the key ID's hash. */
    public byte[] identifier() {
        return identifier.clone();
    }

    abstract byte[] generatePrivateKey(SecureRandom random);

    abstract byte[] publicKey(byte[] privateKey);

    abstract byte[] sign(byte[] privateKey, byte[] message);

    abstract boolean verify(byte[] publicKey, byte[] message, byte[] signature);

    /** Throws {@link IllegalArgumentException} saying why, for a public key of the wrong form. */
    abstract void checkPublicKey(byte[] publicKey);

    abstract void checkPrivateKey(byte[] privateKey);

    /** The type whose identifier starts these bytes ({@code type || key}). */
    static SignatureType startingWith(byte[] typeAndKey) {
        for (SignatureType type : values()) {
            byte[] id = type.identifier;
            if (typeAndKey.length > id.length && Arrays.equals(typeAndKey, 0, id.length, id, 0, id.length)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown signature type "
                + (typeAndKey.length == 0 ? "(no bytes)" : String.format("0x%02x", typeAndKey[0] & 0xff)));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The curve sm2p256v1 of GB/T 32918.5. */
    private static final class Sm2Curve {

        static final ECDomainParameters DOMAIN;

        static {
            X9ECParameters x9 = GMNamedCurves.getByName("sm2p256v1");
            DOMAIN = new ECDomainParameters(x9.getCurve(), x9.getG(), x9.getN(), x9.getH());
        }

        static ECPoint point(byte[] encoded) {
            ECPoint point = DOMAIN.getCurve().decodePoint(encoded);
            if (!point.isValid() || point.isInfinity()) {
                throw new IllegalArgumentException("the SM2 public key is not a point of the curve");
            }
            return point;
        }
    }
}
