package dev.trellis.slack.inbound;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.trellis.core.conversation.ConversationEngine;
import dev.trellis.core.interaction.FormSubmission;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.message.Platform;
import dev.trellis.slack.render.BlockKitFormErrors;
import dev.trellis.slack.render.BlockKitForms;
import java.time.Clock;

/**
 * A submitted modal: Slack shows validation errors only from the acknowledgement, so the engine
 * checks and stores it before answering; its answer goes to the person after (see {@link
 * SlackInteractions.SubmittedReplies}).
 */
final class SubmittedModals {

  private final SlackSenders senders;
  private final ConversationEngine engine;
  private final SlackInteractions.SubmittedReplies submittedReplies;
  private final Clock clock;

  SubmittedModals(
      SlackSenders senders,
      ConversationEngine engine,
      SlackInteractions.SubmittedReplies submittedReplies,
      Clock clock) {
    this.senders = senders;
    this.engine = engine;
    this.submittedReplies = submittedReplies;
    this.clock = clock;
  }

  Response submitted(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    ViewSubmissionPayload p = req.getPayload();
    SlackSenders.Resolved who = senders.resolve(p.getTeam().getId(), p.getUser().getId());
    if (who.unknown().isPresent()) {
      return ctx.ack();
    }
    ActionId action;
    try {
      action = new ActionId(p.getView().getCallbackId());
    } catch (IllegalArgumentException e) {
      return ctx.ack(); // not one of Trellis's forms
    }
    dev.trellis.core.interaction.Response answer =
        engine.handle(
            new FormSubmission(
                who.person().orgId(),
                who.person().id(),
                Platform.SLACK,
                clock.instant(),
                action,
                BlockKitForms.referenceOf(p.getView()),
                BlockKitForms.valuesOf(p.getView().getState())));
    if (answer instanceof dev.trellis.core.interaction.Response.FormErrors errors) {
      return ctx.ack(BlockKitFormErrors.response(errors.errors()));
    }
    if (answer instanceof dev.trellis.core.interaction.Response.Reply reply) {
      submittedReplies.send(who.person(), p.getView().getId(), reply.message());
    }
    return ctx.ack();
  }
}
