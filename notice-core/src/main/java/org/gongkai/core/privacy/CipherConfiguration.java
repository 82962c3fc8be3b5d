package org.gongkai.core.privacy;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/**
 * The key that seals raw roster values and objectors' contacts at rest: the development one in the dev profile,
 * {@code PRIVACY_KEY} in production ({@code security.ProductionSecrets} refuses the development one there).
 */
@Configuration(proxyBeanMethods = false)
class CipherConfiguration {

    @Validated
    @ConfigurationProperties("gongkai.privacy")
    public record PrivacyProperties(@NotBlank(
            message = "未设置字段加密密钥 gongkai.privacy.encryption-key（32 字节的 Base64）：生产环境请设置环境变量 PRIVACY_KEY")
            String encryptionKey) {
    }

    @Bean
    FieldCipher fieldCipher(PrivacyProperties properties) {
        return FieldCipher.fromBase64Key(properties.encryptionKey());
    }
}
