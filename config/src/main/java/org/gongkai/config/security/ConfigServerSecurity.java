package org.gongkai.config.security;

import static org.springframework.security.config.Customizer.withDefaults;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The configuration (keys' placeholders, catalogues, calendars) is read only with the client account over HTTP
 * Basic; the health probe stays anonymous for the run script and the orchestrator.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClientCredentials.class)
class ConfigServerSecurity {

    private static final String UNAUTHORIZED = """
            {"type":"https://gongkai.example/problems/unauthenticated","title":"需要登录","status":401,\
            "detail":"读取配置需要配置服务器账号（HTTP Basic，环境变量 CONFIG_SERVER_USER / CONFIG_SERVER_PASSWORD）"}""";

    @Bean
    SecurityFilterChain configServerFilterChain(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint askForCredentials = (request, response, e) -> {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"gongkai-config\", charset=\"UTF-8\"");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(UNAUTHORIZED.getBytes(StandardCharsets.UTF_8));
        };
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(askForCredentials))
                .exceptionHandling(e -> e.authenticationEntryPoint(askForCredentials))
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(withDefaults())
                .build();
    }

    @Bean
    UserDetailsService configClients(ClientCredentials credentials, Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            List<String> problems = credentials.productionProblems();
            if (!problems.isEmpty()) {
                throw new IllegalStateException("配置服务器拒绝以 prod 环境启动：" + String.join("；", problems));
            }
        }
        if (credentials.user() == null || credentials.user().isBlank()
                || credentials.password() == null || credentials.password().isBlank()) {
            throw new IllegalStateException("配置服务器账号或密码为空：请设置 CONFIG_SERVER_USER 和 CONFIG_SERVER_PASSWORD");
        }
        return new InMemoryUserDetailsManager(User.withUsername(credentials.user())
                .password(credentials.password()).roles("CONFIG_CLIENT").build());
    }

    /**
     * One account held in memory for the life of the process: a slow hash would only cost every config read,
     * so the password is compared as it is, in constant time.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return raw.toString();
            }

            @Override
            public boolean matches(CharSequence raw, String stored) {
                return raw != null && stored != null && MessageDigest.isEqual(
                        raw.toString().getBytes(StandardCharsets.UTF_8), stored.getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
