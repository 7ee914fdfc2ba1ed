namespace BackCareBot.BotFramework.Schema;

/// <summary>Values of <c>activity.inputHint</c>: whether the bot expects an answer to this activity.</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}
