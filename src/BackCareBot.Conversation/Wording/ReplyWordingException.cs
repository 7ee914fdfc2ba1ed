namespace BackCareBot.Conversation.Wording;

/// <summary>The reply wording file is malformed or incomplete; the message names the file, the key and the problem.</summary>
public sealed class ReplyWordingException(string message, Exception? innerException = null)
    : Exception(message, innerException);
