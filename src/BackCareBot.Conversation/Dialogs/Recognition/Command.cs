namespace BackCareBot.Conversation.Dialogs.Recognition;

/// <summary>A message that is a command to the bot rather than something about a back.</summary>
public enum Command
{
    None,

    /// <summary>"hi", "hello": answered with the welcome, which says what the bot is for.</summary>
    Greeting,
    Help,
    StartOver,
    ForgetMe,
}
