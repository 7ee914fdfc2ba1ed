namespace BackCareBot.Conversation.Dialogs.Recognition;

/// <summary>
/// Recognises the commands that work at any point of a conversation. Only a message that is the command and nothing
/// else counts, so "reset my posture" or "help, my back hurts" are read as questions about backs.
/// </summary>
internal static class CommandReader
{
    private static readonly Dictionary<string, Command> Phrases = new(StringComparer.Ordinal)
    {
        ["hi"] = Command.Greeting,
        ["hello"] = Command.Greeting,
        ["hey"] = Command.Greeting,
        ["hi there"] = Command.Greeting,
        ["hello there"] = Command.Greeting,
        ["yo"] = Command.Greeting,
        ["hiya"] = Command.Greeting,
        ["heya"] = Command.Greeting,
        ["sup"] = Command.Greeting,
        ["howdy"] = Command.Greeting,
        ["good morning"] = Command.Greeting,
        ["good afternoon"] = Command.Greeting,
        ["good evening"] = Command.Greeting,
        ["morning"] = Command.Greeting,
        ["mornin"] = Command.Greeting,
        ["afternoon"] = Command.Greeting,
        ["evening"] = Command.Greeting,
        ["gm"] = Command.Greeting,
        ["hey there"] = Command.Greeting,
        ["hola"] = Command.Greeting,
        ["bonjour"] = Command.Greeting,
        ["hallo"] = Command.Greeting,
        ["ciao"] = Command.Greeting,
        ["namaste"] = Command.Greeting,
        ["buenos dias"] = Command.Greeting,
        ["buongiorno"] = Command.Greeting,
        ["guten morgen"] = Command.Greeting,
        ["guten tag"] = Command.Greeting,
        ["good day"] = Command.Greeting,
        ["gday"] = Command.Greeting,
        ["hi bot"] = Command.Greeting,
        ["hello bot"] = Command.Greeting,
        ["hey bot"] = Command.Greeting,
        ["morning all"] = Command.Greeting,
        ["morning everyone"] = Command.Greeting,
        ["hi all"] = Command.Greeting,
        ["hi everyone"] = Command.Greeting,
        ["hello everyone"] = Command.Greeting,
        ["help"] = Command.Help,
        ["help me"] = Command.Help,
        ["what can you do"] = Command.Help,
        ["what can i ask"] = Command.Help,
        ["what can i ask you"] = Command.Help,
        ["what do you know"] = Command.Help,
        ["menu"] = Command.Help,
        ["what else can you do"] = Command.Help,
        ["other topics"] = Command.Help,
        ["topics"] = Command.Help,
        ["options"] = Command.Help,
        ["go back"] = Command.Help,
        ["what does it cover"] = Command.Help,
        ["what do you cover"] = Command.Help,
        ["what does the article cover"] = Command.Help,
        ["what can you help with"] = Command.Help,
        ["what do you help with"] = Command.Help,
        ["what can you help me with"] = Command.Help,
        ["what is this about"] = Command.Help,
        ["what are you about"] = Command.Help,
        ["start over"] = Command.StartOver,
        ["start again"] = Command.StartOver,
        ["restart"] = Command.StartOver,
        ["reset"] = Command.StartOver,
        ["lets start over"] = Command.StartOver,
        ["start from scratch"] = Command.StartOver,
        ["new conversation"] = Command.StartOver,
        ["can we just talk about my back"] = Command.Help,
        ["can we talk about my back"] = Command.Help,
        ["lets talk about my back"] = Command.Help,
        ["back to my back"] = Command.Help,
        ["forget me"] = Command.ForgetMe,
        ["forget me now"] = Command.ForgetMe,
        ["delete what you know about me"] = Command.ForgetMe,
        ["forget what you know about me"] = Command.ForgetMe,
        ["forget me delete what you know about me"] = Command.ForgetMe,
        ["forget me and delete my data"] = Command.ForgetMe,
        ["forget me delete my data"] = Command.ForgetMe,
        ["delete me"] = Command.ForgetMe,
        ["delete my stuff"] = Command.ForgetMe,
        ["forget everything i told you"] = Command.ForgetMe,
        ["delete everything i told you"] = Command.ForgetMe,
        ["forget about me"] = Command.ForgetMe,
        ["forget everything"] = Command.ForgetMe,
        ["forget my data"] = Command.ForgetMe,
        ["i dont want my health stuff stored"] = Command.ForgetMe,
        ["dont store my health stuff"] = Command.ForgetMe,
        ["forget what i told you"] = Command.ForgetMe,
        ["delete my data"] = Command.ForgetMe,
        ["delete my information"] = Command.ForgetMe,
        ["delete everything"] = Command.ForgetMe,
        ["forget everything about me"] = Command.ForgetMe,
        ["forget all about me"] = Command.ForgetMe,
        ["delete everything about me"] = Command.ForgetMe,
        ["delete my details"] = Command.ForgetMe,
        ["erase my data"] = Command.ForgetMe,
        ["wipe my data"] = Command.ForgetMe,
        ["clear my data"] = Command.ForgetMe,
        ["delete my history"] = Command.ForgetMe,
        ["delete this conversation"] = Command.ForgetMe,
        ["delete this chat"] = Command.ForgetMe,
        ["delete our chat"] = Command.ForgetMe,
        ["forget this conversation"] = Command.ForgetMe,
        ["forget what i said"] = Command.ForgetMe,
    };

    /// <summary>Politeness around a command ("forget what I told you pls", "please reset") does not change it.</summary>
    private static readonly string[] Politeness = ["please ", "pls ", "plz ", "ok ", "okay ", "thanks ", "so ", "ugh ok so ", "ok so ", "ugh ", "um ", "hmm ",
        // "can you delete everything I told you", "actually forget that, start over"
        "can you ", "could you ", "can u ", "pls can you ", "please can you ", "actually ", "ok actually ", "actually forget that ", "forget that ", "no "];

    /// <summary>How many words a request to forget must have to be read with a reason after it ("forget me not" is a flower).</summary>
    private const int MinWordsBeforeAReason = 3;

    /// <summary>The requests to forget that may have a reason after them, each with the space that must follow it.</summary>
    private static readonly string[] ForgetWithAReason =
        [.. Phrases.Where(entry => entry.Value == Command.ForgetMe && entry.Key.Split(' ').Length >= MinWordsBeforeAReason).Select(entry => entry.Key + " ")];

    public static Command Read(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (Phrases.TryGetValue(key, out var command))
        {
            return command;
        }

        foreach (var word in Politeness)
        {
            if (key.StartsWith(word, StringComparison.Ordinal) && Phrases.TryGetValue(key[word.Length..], out command))
            {
                return command;
            }

            var trailing = " " + word.TrimEnd();
            if (key.EndsWith(trailing, StringComparison.Ordinal) && Phrases.TryGetValue(key[..^trailing.Length], out command))
            {
                return command;
            }
        }

        // "actually can you forget everything I told you? I don't want my health stuff stored": a request to forget,
        // with its reason after it, is still the request. Only forgetting is read this way: it is never harmful.
        var rest = key;
        for (var stripped = 0; stripped < 2; stripped++)
        {
            rest = Politeness.FirstOrDefault(word => rest.StartsWith(word, StringComparison.Ordinal)) is { } polite ? rest[polite.Length..] : rest;
        }

        return ForgetWithAReason.Any(request => rest.StartsWith(request, StringComparison.Ordinal)) ? Command.ForgetMe : Command.None;
    }
}
