package org.gongkai.config.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongkai.config.ConfigServerApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Under prod the config server starts only with a client account of its own, from the environment. */
class ProductionStartTest {

    @Test
    void withoutAnAccountTheProdProfileRefusesToStartNamingBothVariables() {
        assertThatThrownBy(() -> start("--gongkai.config-server.user=", "--gongkai.config-server.password="))
                .rootCause()
                .hasMessageContaining("CONFIG_SERVER_USER")
                .hasMessageContaining("CONFIG_SERVER_PASSWORD");
    }

    @Test
    void theProdProfileRefusesTheDevelopmentPassword() {
        assertThatThrownBy(() -> start("--gongkai.config-server.user=gongkai",
                "--gongkai.config-server.password=" + ClientCredentials.DEVELOPMENT_PASSWORD))
                .rootCause()
                .hasMessageContaining("CONFIG_SERVER_PASSWORD 是公开的开发密码");
    }

    @Test
    void theProdProfileRefusesAShortPassword() {
        assertThatThrownBy(() -> start("--gongkai.config-server.user=gongkai",
                "--gongkai.config-server.password=short-secret"))
                .rootCause()
                .hasMessageContaining("CONFIG_SERVER_PASSWORD 过短");
    }

    @Test
    void withARealAccountTheProdProfileStarts() {
        try (ConfigurableApplicationContext context = start("--gongkai.config-server.user=portal-config",
                "--gongkai.config-server.password=a-long-production-password")) {
            assertThat(context.isRunning()).isTrue();
        }
    }

    @Test
    void theDevelopmentAccountServesOutsideProd() {
        assertThat(new ClientCredentials("gongkai", ClientCredentials.DEVELOPMENT_PASSWORD).productionProblems())
                .containsExactly("CONFIG_SERVER_PASSWORD 是公开的开发密码，prod 环境不能使用");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ConfigServerApplication.class)
                .run("--server.port=0", "--spring.cloud.config.server.native.search-locations=file:./repo/")) {
            assertThat(context.getEnvironment().getProperty("gongkai.config-server.password"))
                    .isEqualTo(System.getenv().getOrDefault("CONFIG_SERVER_PASSWORD",
                            ClientCredentials.DEVELOPMENT_PASSWORD));
        }
    }

    private static ConfigurableApplicationContext start(String... account) {
        String[] args = new String[account.length + 2];
        args[0] = "--server.port=0";
        args[1] = "--spring.cloud.config.server.native.search-locations=file:./repo/";
        System.arraycopy(account, 0, args, 2, account.length);
        return new SpringApplicationBuilder(ConfigServerApplication.class).profiles("native", "prod").run(args);
    }
}
