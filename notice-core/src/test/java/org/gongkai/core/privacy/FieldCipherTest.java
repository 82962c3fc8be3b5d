package org.gongkai.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private final FieldCipher cipher = FieldCipher.fromBase64Key(FieldCipher.newKey());

    @Test
    void decryptReturnsWhatWasEncrypted() {
        String id = "23020219800101123X，李小明";
        assertThat(cipher.decrypt(cipher.encrypt(id))).isEqualTo(id);
    }

    @Test
    void sameValueEncryptsDifferentlyEachTime() {
        assertThat(cipher.encrypt("18012341999")).isNotEqualTo(cipher.encrypt("18012341999"));
    }

    @Test
    void ciphertextDoesNotContainThePlainValue() {
        String sealed = cipher.encrypt("23020219800101123X");
        assertThat(sealed).doesNotContain("23020219800101123X");
        assertThat(new String(Base64.getDecoder().decode(sealed), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("23020219800101123X");
    }

    @Test
    void tamperedCiphertextIsRefused() {
        byte[] bytes = Base64.getDecoder().decode(cipher.encrypt("23020219800101123X"));
        bytes[bytes.length - 5] ^= 0x01;
        String tampered = Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> cipher.decrypt(tampered))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("篡改");
    }

    @Test
    void anotherKeyCannotDecrypt() {
        String sealed = cipher.encrypt("18012341999");
        FieldCipher other = FieldCipher.fromBase64Key(FieldCipher.newKey());
        assertThatThrownBy(() -> other.decrypt(sealed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keyOfWrongLengthIsRefusedWithItsLength() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> FieldCipher.fromBase64Key(shortKey))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32字节")
                .hasMessageContaining("16字节");
    }

    @Test
    void keyThatIsNotBase64IsRefused() {
        assertThatThrownBy(() -> FieldCipher.fromBase64Key("not base64 at all!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Base64");
        assertThatThrownBy(() -> FieldCipher.fromBase64Key(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void newKeyIsThirtyTwoRandomBytes() {
        assertThat(Base64.getDecoder().decode(FieldCipher.newKey())).hasSize(32);
        assertThat(FieldCipher.newKey()).isNotEqualTo(FieldCipher.newKey());
    }

    @Test
    void nullPassesThrough() {
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
    }
}
