package org.gongkai.core.store;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when no MongoDB is configured, so the service runs on its own embedded store. */
class NoMongoUriCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String uri = context.getEnvironment().getProperty("spring.mongodb.uri");
        return uri == null || uri.isBlank();
    }
}
