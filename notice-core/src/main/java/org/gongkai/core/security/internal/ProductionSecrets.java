package org.gongkai.core.security.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.gongkai.core.privacy.FieldCipher;
import org.springframework.core.env.PropertyResolver;

/**
 * What a sector needs under the {@code prod} profile, all from the environment: tokens verified by the identity
 * provider ({@code OIDC_ISSUER_URI}) and no development signing key; a sealing key of its own ({@code PRIVACY_KEY},
 * 32 bytes, not the development one); the config server's real password ({@code CONFIG_SERVER_PASSWORD}). The
 * development values below are public (config/repo/application-dev.yml, the services' defaults), so prod refuses them.
 */
public final class ProductionSecrets {

    public static final String DEVELOPMENT_SIGNING_KEY = "gongkai-local-development-signing-key-not-for-production";
    public static final String DEVELOPMENT_PRIVACY_KEY = "vMvf20Mf5Mc7J1x8R9NfsyM2agNZdQ4j7LavfFOSuoI=";
    public static final String DEVELOPMENT_CONFIG_PASSWORD = "gongkai-local-config-password";
    static final int MIN_CONFIG_PASSWORD_LENGTH = 16;

    private ProductionSecrets() {
    }

    /** Every reason this environment cannot run in production, each naming the variable to set; empty when it can. */
    public static List<String> problems(PropertyResolver environment) {
        List<String> problems = new ArrayList<>();
        String signingKey = read(environment, "gongkai.security.dev-signing-key", problems);
        if (!signingKey.isEmpty()) {
            problems.add("prod 环境不得设置 gongkai.security.dev-signing-key（开发令牌签名密钥"
                    + (DEVELOPMENT_SIGNING_KEY.equals(signingKey) ? "，且这是公开的开发密钥" : "")
                    + "）：令牌只由 OIDC_ISSUER_URI 指向的身份提供方签发");
        }
        if (read(environment, "spring.security.oauth2.resourceserver.jwt.issuer-uri", problems).isEmpty()) {
            problems.add("未设置令牌签发方：请设置环境变量 OIDC_ISSUER_URI（Keycloak 领域地址）");
        }
        privacyKey(read(environment, "gongkai.privacy.encryption-key", problems), problems);
        if (environment.getProperty("spring.cloud.config.enabled", Boolean.class, true)) {
            configPassword(read(environment, "spring.cloud.config.password", problems), problems);
        }
        return problems;
    }

    private static void privacyKey(String key, List<String> problems) {
        if (key.isEmpty()) {
            problems.add("未设置字段加密密钥：请设置环境变量 PRIVACY_KEY（32 字节随机数的 Base64，例如 openssl rand -base64 32）");
            return;
        }
        try {
            FieldCipher.fromBase64Key(key);
        } catch (IllegalArgumentException e) {
            problems.add("PRIVACY_KEY 无效：" + e.getMessage());
            return;
        }
        if (Arrays.equals(Base64.getDecoder().decode(key), Base64.getDecoder().decode(DEVELOPMENT_PRIVACY_KEY))) {
            problems.add("PRIVACY_KEY 是公开的开发密钥，prod 环境不能使用：请设置新生成的密钥");
        }
    }

    private static void configPassword(String password, List<String> problems) {
        if (password.isEmpty()) {
            problems.add("未设置配置服务器密码：请设置环境变量 CONFIG_SERVER_USER 和 CONFIG_SERVER_PASSWORD");
        } else if (DEVELOPMENT_CONFIG_PASSWORD.equals(password)) {
            problems.add("CONFIG_SERVER_PASSWORD 是公开的开发密码，prod 环境不能使用");
        } else if (password.length() < MIN_CONFIG_PASSWORD_LENGTH) {
            problems.add("CONFIG_SERVER_PASSWORD 过短：prod 环境至少需要 " + MIN_CONFIG_PASSWORD_LENGTH + " 个字符");
        }
    }

    private static String read(PropertyResolver environment, String name, List<String> problems) {
        try {
            String value = environment.getProperty(name);
            return value == null ? "" : value.strip();
        } catch (IllegalArgumentException unresolvable) {
            problems.add(name + " 无法解析：" + unresolvable.getMessage());
            return "";
        }
    }
}
