package org.gongkai.core.problem;

import org.gongkai.api.web.MalformedUriGuard;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A request address that cannot be parsed is answered in Chinese problem+json, not with an empty 400. */
@Configuration(proxyBeanMethods = false)
class MalformedUriConfiguration {

    @Bean
    NettyServerCustomizer malformedUriGuard() {
        return MalformedUriGuard::install;
    }
}
