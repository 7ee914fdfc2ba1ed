using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BackCareBot.BotFramework.Schema;
using BackCareBot.Conversation.Bot;
using BackCareBot.Conversation.HelpLines;
using BackCareBot.Conversation.Replies;
using BackCareBot.Conversation.Wording;

namespace BackCareBot.Conversation.Channels;

/// <summary>
/// Dresses a <see cref="BotReply"/> for the person, the conversation and the channel it goes to:
/// <list type="bullet">
/// <item>the help lines of the person's country (<c>activity.locale</c>) in place of <c>{emergency}</c> and <c>{crisisLines}</c>;</item>
/// <item>in a conversation others read, the wording that repeats nothing private, and the offer to go on one to one;</item>
/// <item>a reply with a card as an Adaptive Card where the channel shows them (Teams, Web Chat), its plain text then
/// the card's fallback and the activity's <c>summary</c> (the Activity schema's "text to show where cards cannot be
/// rendered"), not also its <c>text</c>, which Web Chat and Teams would show a second time beside the card;</item>
/// <item>quick replies as Teams card buttons (Adaptive Card <c>Action.Submit</c> imBack, or a hero card's imBack:
/// Teams drops suggested actions outside personal chats), or as suggested actions elsewhere.</item>
/// </list>
/// Every activity keeps the reply's decision entities and its input hint, whatever it looks like.
/// </summary>
public sealed partial class ReplyActivityFactory(EmergencyNumbers numbers, ReplyWording wording)
{
    // Teams shows at most six buttons on a card.
    private const int MaxTeamsButtons = 6;

    public Activity Create(BotReply reply, Activity inbound)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(inbound);
        var shared = SharedConversation.Is(inbound);
        var help = numbers.For(inbound.Locale, reply.Country);
        var dressed = Localized(shared ? reply.ForSharedConversation ?? reply : reply, help);
        if (reply.Country is null && !ReferenceEquals(help, numbers.Default) && reply.Text.Contains("{crisisLines}", StringComparison.Ordinal))
        {
            // The lines come from the locale alone: a browser set to en-US says little of where someone is.
            dressed = WithParagraph(dressed, wording.CrisisElsewhere);
        }
        var oneToOne = shared && reply.OffersOneToOne;
        if (oneToOne)
        {
            dressed = WithParagraph(dressed, wording.Shared.OneToOne);
        }

        var isTeams = ChannelCapabilities.IsTeams(inbound);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            TextFormat = TextFormatTypes.Markdown,
            InputHint = reply.ExpectingInput ? InputHints.ExpectingInput : InputHints.AcceptingInput,
            Entities = DecisionEntities.For(reply),
        };

        var chatLink = oneToOne && isTeams ? TeamsChatLink(inbound) : null;
        if (dressed.Card is { } card && ChannelCapabilities.ShowsAdaptiveCards(inbound))
        {
            activity.Summary = dressed.Text;
            activity.Attachments = [AdaptiveCardWriter.Write(card, PictureUrl(card, isTeams), dressed.Text, CardActions(dressed, card, help, isTeams, chatLink))];
        }
        else
        {
            activity.Text = isTeams ? TeamsParagraphs(dressed.Text) : dressed.Text;
            if (isTeams && (dressed.Suggestions.Count > 0 || chatLink is not null))
            {
                activity.Attachments = [HeroButtons(dressed, chatLink).ToAttachment()];
            }
        }

        if (!isTeams && dressed.Suggestions.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                To = inbound.From?.Id is { Length: > 0 } userId ? [userId] : null,
                Actions = [.. dressed.Suggestions.Select(label => CardAction.ImBack(label))],
            };
        }

        if (isTeams && TenantChannelData(inbound) is { } channelData)
        {
            activity.ChannelData = channelData;
        }

        return activity;
    }

    /// <summary>The help lines of the person's country in the text and the card.</summary>
    private static BotReply Localized(BotReply reply, LocalHelp help)
    {
        string Fill(string text) => text
            .Replace("{emergency}", help.Say, StringComparison.Ordinal)
            .Replace("{crisisLines}", help.CrisisWords, StringComparison.Ordinal);

        return reply with
        {
            Text = Fill(reply.Text),
            Card = reply.Card is { } card ? card with { Heading = Fill(card.Heading), Paragraphs = [.. card.Paragraphs.Select(Fill)] } : null,
        };
    }

    private static BotReply WithParagraph(BotReply reply, string paragraph) => reply with
    {
        Text = TextParts.Paragraphs(reply.Text, paragraph),
        Card = reply.Card is { } card ? card with { Paragraphs = [.. card.Paragraphs, paragraph] } : null,
    };

    /// <summary>
    /// Teams fetches pictures itself, so only an absolute https URL (the configured public address) will do, and it
    /// shows no SVG: the PNG. Web Chat is served by the bot, so a root-relative URL resolves against its page.
    /// </summary>
    private static Uri? PictureUrl(ReplyCard card, bool isTeams) => card.Picture?.PngUrl switch
    {
        null => null,
        { IsAbsoluteUri: true, Scheme: "https" } url => url,
        var url when !isTeams => url,
        _ => null,
    };

    /// <summary>The numbers to call first (what matters most in an emergency), then the quick replies on Teams, then the one-to-one chat.</summary>
    private List<JsonObject> CardActions(BotReply reply, ReplyCard card, LocalHelp help, bool isTeams, Uri? chatLink)
    {
        var actions = new List<JsonObject>();
        foreach (var call in card.Calls)
        {
            if (call == HelpCall.CrisisLines)
            {
                actions.AddRange(help.CrisisLines.Where(line => line.Dial)
                    .Select(line => AdaptiveCardWriter.OpenUrl(line.Label ?? CallLabel(line.Number), LocalHelp.TelUrl(line.Number), primary: true)));
            }
            else
            {
                actions.AddRange(help.Emergency.Select(number => AdaptiveCardWriter.OpenUrl(CallLabel(number), LocalHelp.TelUrl(number), primary: true)));
            }
        }

        if (isTeams)
        {
            actions.AddRange(reply.Suggestions.Select(AdaptiveCardWriter.TeamsImBack));
            if (chatLink is not null)
            {
                actions.Add(AdaptiveCardWriter.OpenUrl(wording.Cards.OneToOneButton, chatLink));
            }

            return [.. actions.Take(MaxTeamsButtons)];
        }

        return actions;
    }

    private string CallLabel(string number) => wording.Cards.CallButton.Replace("{number}", number, StringComparison.Ordinal);

    private HeroCard HeroButtons(BotReply reply, Uri? chatLink)
    {
        var buttons = reply.Suggestions.Select(label => CardAction.ImBack(label)).ToList();
        if (chatLink is not null)
        {
            buttons.Add(CardAction.OpenUrl(wording.Cards.OneToOneButton, chatLink));
        }

        return new HeroCard { Buttons = [.. buttons.Take(MaxTeamsButtons)] };
    }

    /// <summary>
    /// Teams' deep link to a one-to-one chat with the bot (<c>users=28:&lt;bot app id&gt;</c>, the form Teams documents
    /// for handing a conversation to a bot); the bot's id is the inbound recipient's. Null when that is not a bot id.
    /// </summary>
    private static Uri? TeamsChatLink(Activity inbound) =>
        inbound.Recipient?.Id is { } botId && TeamsBotId().IsMatch(botId)
            ? new Uri("https://teams.microsoft.com/l/chat/0/0?users=" + botId)
            : null;

    /// <summary>Teams renders a single line break inconsistently across clients; a blank line is always a new paragraph.</summary>
    private static string TeamsParagraphs(string text) =>
        text.Replace("\n\n", "\n", StringComparison.Ordinal).Replace("\n", "\n\n", StringComparison.Ordinal);

    private static JsonElement? TenantChannelData(Activity inbound)
    {
        string? tenantId = null;
        if (inbound.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant)
            && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id)
            && id.ValueKind == JsonValueKind.String)
        {
            tenantId = id.GetString();
        }

        tenantId ??= inbound.Conversation?.TenantId;
        return tenantId is null
            ? null
            : JsonSerializer.SerializeToElement(new TeamsChannelData(new TeamsTenant(tenantId)), BotJson.Options);
    }

    [GeneratedRegex("^28:[0-9A-Za-z-]+$")]
    private static partial Regex TeamsBotId();

    private sealed record TeamsChannelData(TeamsTenant Tenant);

    private sealed record TeamsTenant(string Id);
}
