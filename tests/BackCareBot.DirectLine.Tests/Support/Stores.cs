using BackCareBot.DirectLine.Conversations;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BackCareBot.DirectLine.Tests.Support;

internal static class Stores
{
    public static ConversationStore Create(TimeProvider time, Action<DirectLineOptions>? configure = null)
    {
        var options = new DirectLineOptions();
        configure?.Invoke(options);
        return new ConversationStore(Options.Create(options), time, NullLogger<ConversationStore>.Instance);
    }
}
