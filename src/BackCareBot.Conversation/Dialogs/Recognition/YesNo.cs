namespace BackCareBot.Conversation.Dialogs.Recognition;

public enum YesNo
{
    Neither,
    Yes,
    No,
}
