package org.gongkai.core.security;

import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.gongkai.core.security.internal.ProductionSecrets;

/**
 * Under {@code prod}, refuses to start before any bean is made when {@link ProductionSecrets} finds a problem,
 * listing them all, rather than failing later on the first one or, worse, running on a development key.
 */
@Component
class ProductionSecretsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        List<String> problems = ProductionSecrets.problems(environment);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("服务拒绝以 prod 环境启动：\n  - " + String.join("\n  - ", problems));
        }
    }
}
