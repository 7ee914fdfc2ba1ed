namespace BackCareBot.Conversation.Dialogs.Recognition;

/// <summary>What a message says to steer the conversation (<c>dialogs/talk.yaml</c>); the ids are its keys.</summary>
public enum Talk
{
    None,
    Thanks,
    Acknowledge,
    Goodbye,
    WhoAreYou,
    Meanwhile,
    WhichProfessional,
    IsItSerious,
    RealPerson,
    WhereToGo,
    NotSharpAnymore,
}
