package dev.trellis.app.slack;

import dev.trellis.slack.SlackProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when the SLACK_* settings name a way to connect (see {@link SlackProperties#mode()}). */
class SlackConfigured implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return Binder.get(context.getEnvironment())
        .bind("trellis.slack", SlackProperties.class)
        .map(p -> p.mode() != SlackProperties.Mode.NOT_CONFIGURED)
        .orElse(false);
  }
}
