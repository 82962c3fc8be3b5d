package org.gongkai.core.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts single field values (raw ID numbers, phones) with AES-256-GCM. Each value gets a fresh 12-byte IV, so
 * equal values encrypt differently; the output is base64(iv + ciphertext + tag). Thread-safe.
 */
public final class FieldCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final SecretKeySpec fingerprintKey;

    private FieldCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
        this.fingerprintKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"),
                "gongkai fingerprint key".getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
    }

    /**
     * A keyed fingerprint (HMAC-SHA256 under a key derived from this one, hex): equal values give equal
     * fingerprints, and without the key a fingerprint cannot be turned back into a phone number or an address.
     */
    public String fingerprint(String value) {
        return java.util.HexFormat.of().formatHex(hmac(fingerprintKey, value.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    public static FieldCipher fromBase64Key(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalArgumentException("字段加密密钥未配置：需要Base64编码的32字节（AES-256）密钥");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("字段加密密钥不是有效的Base64编码", e);
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException(
                    "字段加密密钥长度错误：应为32字节（AES-256），实为" + key.length + "字节");
        }
        return new FieldCipher(key);
    }

    /** A fresh random key, base64-encoded, for configuration. */
    public static String newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** Null stays null, so optional fields need no special case. */
    public String encrypt(String plain) {
        return plain == null ? null : encryptBytes(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Binary content (a stored report file) sealed the same way. */
    public String encryptBytes(byte[] plain) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain);
            return Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("字段加密失败", e);
        }
    }

    /** Throws IllegalArgumentException when the value was altered or sealed with another key. */
    public String decrypt(String encoded) {
        return encoded == null ? null : new String(decryptBytes(encoded), StandardCharsets.UTF_8);
    }

    /** The reverse of {@link #encryptBytes}; throws IllegalArgumentException when altered or of another key. */
    public byte[] decryptBytes(String encoded) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("密文不是有效的Base64编码", e);
        }
        if (bytes.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("密文长度不足，无法解密");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
        } catch (AEADBadTagException e) {
            throw new IllegalArgumentException("密文校验失败：数据被篡改或密钥不符", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("字段解密失败", e);
        }
    }
}
