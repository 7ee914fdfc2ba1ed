using System.Globalization;
using System.Text;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.Transcripts.Chatdown;

/// <summary>
/// Turns one speaker's turn into activities, as chatdown does: the text with the commands taken out becomes a
/// message (trimmed), <c>[Typing]</c> and <c>[ConversationUpdate=...]</c> become activities of their own and end the
/// message written before them, field commands dress the current message, unknown <c>[...]</c> stay in the text.
/// </summary>
internal static class ChatdownTurnReader
{
    /// <param name="from">The speaker; null for commands written before the first speaker line.</param>
    public static void Read(ChatdownDocument document, ChatdownBody body, ChannelAccount? from, ChannelAccount? recipient)
    {
        var text = body.Text;
        var start = body.LocationOf(text.Length - text.TrimStart().Length);
        var pending = new StringBuilder();
        var message = new ChatdownMessage();
        var delay = ChatdownClock.MessageGapMilliseconds;
        var position = 0;
        while (FindTag(text, position) is var (open, close) && open >= 0)
        {
            pending.Append(text, position, open - position);
            var tag = ChatdownTag.Parse(text[(open + 1)..close]);
            var location = body.LocationOf(open);
            switch (tag.Kind)
            {
                case ChatdownTagKind.Text:
                    pending.Append(text, open, close + 1 - open);
                    break;
                case ChatdownTagKind.Activity:
                    var before = pending.ToString().Trim();
                    pending.Clear();
                    if (before.Length > 0)
                    {
                        EmitMessage(document, message, before, from, recipient, delay, start);
                        delay = ChatdownClock.MessageGapMilliseconds;
                        message = new ChatdownMessage();
                    }

                    EmitActivity(document, tag, from, recipient, location);
                    break;
                case ChatdownTagKind.Delay:
                    delay = ReadDelay(document, tag, location);
                    break;
                case ChatdownTagKind.Field:
                    ChatdownFields.Apply(document, message, tag, location);
                    break;
            }

            position = close + 1;
        }

        pending.Append(text, position, text.Length - position);
        EmitMessage(document, message, pending.ToString().Trim(), from, recipient, delay, start);
    }

    private static (int Open, int Close) FindTag(string text, int position)
    {
        var open = text.IndexOf('[', position);
        var close = open < 0 ? -1 : text.IndexOf(']', open + 1);
        return close < 0 ? (-1, -1) : (open, close);
    }

    private static void EmitMessage(
        ChatdownDocument document, ChatdownMessage message, string text, ChannelAccount? from, ChannelAccount? recipient, int delay, (int, int) location)
    {
        // Chatdown moves its clock for every message it considers, sent or not.
        var timestamp = document.Clock.Advance(delay);
        if (!message.HasContent(text))
        {
            return;
        }

        if (from is null)
        {
            throw document.Problem(location, "a message before the first speaker line (header lines go at the very top, with no blank line between them)");
        }

        document.Emit(message.ToActivity(text, from, recipient, timestamp));
    }

    private static void EmitActivity(ChatdownDocument document, ChatdownTag tag, ChannelAccount? from, ChannelAccount? recipient, (int, int) location)
    {
        if (tag.Is(ActivityTypes.Typing))
        {
            document.Emit(new Activity
            {
                Type = ActivityTypes.Typing,
                Timestamp = document.Clock.Advance(ChatdownClock.ShortGapMilliseconds),
                From = from is null ? null : ChatdownAccounts.Copy(from),
                Recipient = recipient is null ? null : ChatdownAccounts.Copy(recipient),
            });
        }
        else if (tag.Is(ActivityTypes.ConversationUpdate))
        {
            document.Emit(ChatdownConversationUpdate.Read(document, tag, location));
        }

        // Chatdown knows the other activity types by name but writes nothing for them.
    }

    private static int ReadDelay(ChatdownDocument document, ChatdownTag tag, (int, int) location) =>
        int.TryParse(tag.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            ? milliseconds
            : throw document.Problem(location, "[Delay=...] needs a whole number of milliseconds");
}
