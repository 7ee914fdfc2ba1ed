using BackCareBot.BackCare.Text;
using BackCareBot.Conversation.Dialogs.Recognition;

namespace BackCareBot.Conversation.Tests.Dialogs.Recognition;

public sealed class CommandReaderTests
{
    public static TheoryData<string, Command> Messages => new()
    {
        { "help", Command.Help },
        { "Help!", Command.Help },
        { "what can you do?", Command.Help },
        { "start over", Command.StartOver },
        { "Restart", Command.StartOver },
        { "reset", Command.StartOver },
        { "forget me", Command.ForgetMe },
        { "Please forget me.", Command.ForgetMe },
        { "delete my data", Command.ForgetMe },
        // A request to forget with its reason after it is still the request.
        { "actually can you forget everything I told you? I don't want my health stuff stored", Command.ForgetMe },
        { "forget me not", Command.None },
        { "hi", Command.Greeting },
        { "Hello!", Command.Greeting },
        { "help, my back hurts", Command.None },
        { "how do I reset my posture", Command.None },
        { "forget it, my back is killing me", Command.None },
        { "", Command.None },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Read_RecognisesOnlyAWholeCommand(string message, Command expected) =>
        Assert.Equal(expected, CommandReader.Read(PhraseKey.Of(message)));
}
