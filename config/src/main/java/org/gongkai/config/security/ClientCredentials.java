package org.gongkai.config.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The one account the services read their configuration with, from {@code CONFIG_SERVER_USER} and
 * {@code CONFIG_SERVER_PASSWORD}. Outside {@code prod} the development account in application.yml stands in, so
 * a local run needs no set-up; under {@code prod} the server refuses to start without a real one.
 */
@ConfigurationProperties("gongkai.config-server")
public record ClientCredentials(String user, String password) {

    /** The development password (application.yml here and in every client): never good under {@code prod}. */
    public static final String DEVELOPMENT_PASSWORD = "gongkai-local-config-password";
    static final int MIN_PRODUCTION_PASSWORD_LENGTH = 16;

    /** Every reason these credentials cannot guard a production server; empty when they can. */
    public List<String> productionProblems() {
        List<String> problems = new ArrayList<>();
        if (user == null || user.isBlank()) {
            problems.add("未设置配置服务器账号：请设置环境变量 CONFIG_SERVER_USER");
        }
        if (password == null || password.isBlank()) {
            problems.add("未设置配置服务器密码：请设置环境变量 CONFIG_SERVER_PASSWORD");
        } else if (DEVELOPMENT_PASSWORD.equals(password)) {
            problems.add("CONFIG_SERVER_PASSWORD 是公开的开发密码，prod 环境不能使用");
        } else if (password.length() < MIN_PRODUCTION_PASSWORD_LENGTH) {
            problems.add("CONFIG_SERVER_PASSWORD 过短：prod 环境至少需要 " + MIN_PRODUCTION_PASSWORD_LENGTH + " 个字符");
        }
        return problems;
    }
}
