package dev.trellis.teams.inbound;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Mention;
import java.util.List;
import java.util.regex.Pattern;

/** The words of a message without the mentions of the bot (a channel message starts with one). */
final class Mentions {

  private static final Pattern AT = Pattern.compile("<at>\\s*@?(.*?)\\s*</at>", Pattern.DOTALL);
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Mentions() {}

  /**
   * The text with every mention of the bot removed (its entity's text and its {@code
   * <at>name</at>}) and any other mention written as {@code @Name}, a name of several words written
   * as one ({@code <at>Bob Li</at>} as {@code @BobLi}, which finds Bob Li as a handle); blanks
   * collapsed.
   */
  static String withoutBot(Activity activity) {
    String text = activity.getText() == null ? "" : activity.getText();
    ChannelAccount bot = activity.getRecipient();
    String botId = bot == null ? null : bot.getId();
    String botName = bot == null ? null : bot.getName();
    List<Mention> mentions = activity.getMentions();
    if (mentions != null) {
      for (Mention mention : mentions) {
        ChannelAccount mentioned = mention.getMentioned();
        boolean ofTheBot = mentioned != null && botId != null && botId.equals(mentioned.getId());
        if (ofTheBot) {
          if (mention.getText() != null && !mention.getText().isBlank()) {
            text = text.replace(mention.getText(), " ");
          }
          if (mentioned.getName() != null && !mentioned.getName().isBlank()) {
            text = removeTagged(text, mentioned.getName());
          }
        }
      }
    }
    if (botName != null && !botName.isBlank()) {
      text = removeTagged(text, botName);
    }
    text =
        AT.matcher(text)
            .replaceAll(
                m ->
                    java.util.regex.Matcher.quoteReplacement(
                        "@" + SPACES.matcher(m.group(1)).replaceAll("")));
    text = text.replace("&nbsp;", " ");
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  private static String removeTagged(String text, String name) {
    return Pattern.compile("<at>\\s*@?" + Pattern.quote(name.strip()) + "\\s*</at>")
        .matcher(text)
        .replaceAll(" ");
  }
}
