using System.Text;
using System.Text.RegularExpressions;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.Transcripts.Chatdown;

/// <summary>
/// Reads the chatdown <c>.chat</c> format into the activities chatdown would write for it: first a conversationUpdate
/// adding the bot, then one activity per message, typing or conversationUpdate command, with chatdown's roles, text
/// trimming, suggested actions and card attachments. Ids are chatdown-style hashes; the channel is <c>chatdown</c>
/// unless the header says <c>channelId=</c>.
/// </summary>
public static class ChatdownReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <exception cref="TranscriptFormatException">Not UTF-8, or a command chatdown would reject or misread.</exception>
    public static Transcript Read(ReadOnlySpan<byte> utf8, string source, ChatdownOptions? options = null)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(utf8);
        }
        catch (DecoderFallbackException exception)
        {
            var before = utf8[..Math.Clamp(exception.Index, 0, utf8.Length)];
            throw new TranscriptFormatException(source, before.Count((byte)'\n') + 1, 0, "not UTF-8 text", exception);
        }

        return Read(text, source, options);
    }

    /// <inheritdoc cref="Read(ReadOnlySpan{byte}, string, ChatdownOptions?)"/>
    public static Transcript Read(string text, string source, ChatdownOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        options ??= new ChatdownOptions();

        // Chatdown trims the whole file first (a byte order mark included); line numbers stay those of the file.
        var content = text.TrimStart('\uFEFF');
        var leading = content[..(content.Length - content.TrimStart().Length)];
        var firstLineNumber = leading.Count(c => c == '\n') + 1;
        var lines = content.Trim().Split('\n');

        var header = new ChatdownHeader();
        ChatdownDocument? document = null;
        Regex? speakerLine = null;
        var body = new ChatdownBody();
        ChannelAccount? from = null;
        ChannelAccount? recipient = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].EndsWith('\r') ? lines[i][..^1] : lines[i];
            var number = firstLineNumber + i;
            if (line.StartsWith('>'))
            {
                continue;
            }

            if (document is null)
            {
                if (header.TryRead(line, problem => new TranscriptFormatException(source, number, 1, problem)))
                {
                    continue;
                }

                document = Start(header, source, content, options);
                speakerLine = SpeakerLine(header);
            }

            var speaker = speakerLine!.Match(line);
            if (!speaker.Success)
            {
                body.AddLine(line, number, 1);
                continue;
            }

            ReadTurn(document, body, from, recipient);
            (from, recipient) = Address(document.Accounts, speaker);
            body = new ChatdownBody();
            var said = line[speaker.Length..];
            body.AddLine(said.Trim(), number, speaker.Length + said.Length - said.TrimStart().Length + 1);
        }

        document ??= Start(header, source, content, options);
        ReadTurn(document, body, from, recipient);
        return new Transcript(source, document.Activities);
    }

    private static ChatdownDocument Start(ChatdownHeader header, string source, string content, ChatdownOptions options)
    {
        var accounts = new ChatdownAccounts(header.BotName, header.UserNames);
        var document = new ChatdownDocument(source, options, accounts, header.ChannelId, ChatdownAccounts.HashId(content));

        // Chatdown opens every conversation by adding the bot, from the first user.
        document.Emit(new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Timestamp = document.Clock.Advance(ChatdownClock.ShortGapMilliseconds),
            From = ChatdownAccounts.Copy(accounts.CurrentUser),
            Recipient = ChatdownAccounts.Copy(accounts.Bot),
            MembersAdded = [ChatdownAccounts.Copy(accounts.Bot)],
            MembersRemoved = [],
        });
        return document;
    }

    private static void ReadTurn(ChatdownDocument document, ChatdownBody body, ChannelAccount? from, ChannelAccount? recipient)
    {
        if (!body.IsBlank)
        {
            ChatdownTurnReader.Read(document, body, from, recipient);
        }
    }

    /// <summary>The bot speaks to the user who spoke last unless told <c>bot-&gt;Name:</c>; a user speaks to the bot.</summary>
    private static (ChannelAccount From, ChannelAccount Recipient) Address(ChatdownAccounts accounts, Match speaker)
    {
        var from = accounts.Find(speaker.Groups["speaker"].Value)!;
        if (speaker.Groups["to"] is { Success: true } to)
        {
            return (from, accounts.Find(to.Value)!);
        }

        if (from.Role == RoleTypes.Bot)
        {
            return (from, accounts.CurrentUser);
        }

        accounts.CurrentUser = from;
        return (from, accounts.Bot);
    }

    private static Regex SpeakerLine(ChatdownHeader header)
    {
        var users = string.Join('|', header.UserNames.Select(Regex.Escape));
        var speakers = $"{users}|{Regex.Escape(header.BotName)}|bot|user";
        return new Regex($"^(?<speaker>{speakers})(?:->(?<to>{users}))?:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
