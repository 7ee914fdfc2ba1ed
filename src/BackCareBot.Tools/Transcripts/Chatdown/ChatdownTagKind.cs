namespace BackCareBot.Transcripts.Chatdown;

internal enum ChatdownTagKind
{
    /// <summary>Not a chatdown command: left in the text as written, like a Markdown link's <c>[label]</c>.</summary>
    Text,

    /// <summary>An activity type (<c>[Typing]</c>, <c>[ConversationUpdate=...]</c>): ends the message before it.</summary>
    Activity,

    /// <summary>A field of the current message: attachments, layout, suggestions, cards.</summary>
    Field,

    /// <summary><c>[Delay=ms]</c>.</summary>
    Delay,
}
