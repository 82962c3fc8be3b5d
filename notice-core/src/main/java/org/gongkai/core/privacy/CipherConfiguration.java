package org.gongkai.core.privacy;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/** The key that seals raw roster values and objectors' contacts at rest; production takes it from the environment. */
@Configuration(proxyBeanMethods = false)
public class CipherConfiguration {

    @Validated
    @ConfigurationProperties("gongkai.privacy")
    public record PrivacyProperties(@NotBlank(message = "set gongkai.privacy.encryption-key (base64, 32 bytes)")
            String encryptionKey) {
    }

    @Bean
    FieldCipher fieldCipher(PrivacyProperties properties) {
        return FieldCipher.fromBase64Key(properties.encryptionKey());
    }
}
