package dev.trellis.slack.send;

import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.view.View;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.org.OrgId;

/** Publishes a person's App Home tab (views.publish), with the same outcomes as sending. */
public final class SlackHomeTab {

  private final SlackCaller slack;

  public SlackHomeTab(SlackCaller slack) {
    this.slack = slack;
  }

  /**
   * Replaces the Home tab {@code slackUserId} sees with {@code view} (a view of type {@code home}).
   * Delivered carries a {@code view:<id>} reference.
   */
  public Delivery publish(OrgId orgId, String slackUserId, View view) {
    SlackOutcome<ViewsPublishResponse> outcome =
        slack.call(
            orgId,
            SlackMethod.VIEWS_PUBLISH,
            (client, token) ->
                client.viewsPublish(r -> r.token(token).userId(slackUserId).view(view)));
    if (outcome instanceof SlackOutcome.Done<ViewsPublishResponse> done) {
      return new Delivery.Delivered(MessageRefs.view(done.response().getView().getId()));
    }
    return ((SlackOutcome.NotDone<ViewsPublishResponse>) outcome).delivery();
  }
}
