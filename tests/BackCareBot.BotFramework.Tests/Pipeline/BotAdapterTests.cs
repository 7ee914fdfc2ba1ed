using BackCareBot.BotFramework.Connector;
using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Schema;
using BackCareBot.BotFramework.Tests.Fakes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace BackCareBot.BotFramework.Tests.Pipeline;

public sealed class BotAdapterTests
{
    private const string UserText = "my sciatica flared up after the night shift";

    [Fact]
    public async Task Middleware_RunInRegistrationOrder_AroundTheBot()
    {
        var trace = new List<string>();
        var adapter = new RecordingAdapter([new TracingMiddleware("A", trace), new TracingMiddleware("B", trace)]);

        await adapter.RunAsync(TestActivities.Message("hi"), (_, _) =>
        {
            trace.Add("bot");
            return Task.CompletedTask;
        });

        Assert.Equal(["A before", "B before", "bot", "B after", "A after"], trace);
    }

    [Fact]
    public async Task Middleware_NotContinuing_EndsTheTurnBeforeTheBot()
    {
        var botRan = false;
        var adapter = new RecordingAdapter([new StoppingMiddleware()]);

        var outcome = await adapter.RunAsync(TestActivities.Message("hi"), (_, _) =>
        {
            botRan = true;
            return Task.CompletedTask;
        });

        Assert.False(botRan);
        Assert.Equal(TurnOutcome.Completed, outcome);
    }

    [Fact]
    public async Task ErrorBoundary_BotThrows_ResetsTheConversationAndApologises()
    {
        var recovery = new RecordingRecovery();
        var adapter = new RecordingAdapter(errorRecovery: recovery);

        var outcome = await adapter.RunAsync(TestActivities.Message(UserText), ThrowingBot);

        Assert.Equal(TurnOutcome.Recovered, outcome);
        Assert.Equal([TestActivities.TeamsConversationId], recovery.ResetConversations);
        var apology = Assert.Single(adapter.Sent);
        Assert.Equal(RecordingRecovery.Apology, apology.Text);
        Assert.Equal("29:user-1", apology.Recipient?.Id);
        Assert.Equal(TestActivities.TeamsConversationId, apology.Conversation?.Id);
    }

    [Fact]
    public async Task ErrorBoundary_MiddlewareThrows_IsCaughtToo()
    {
        var adapter = new RecordingAdapter([new ThrowingMiddleware()], new RecordingRecovery());

        var outcome = await adapter.RunAsync(TestActivities.Message("hi"), (_, _) => Task.CompletedTask);

        Assert.Equal(TurnOutcome.Recovered, outcome);
        Assert.Equal(RecordingRecovery.Apology, Assert.Single(adapter.Sent).Text);
    }

    [Fact]
    public async Task ErrorBoundary_BotThrows_LogsTheFailureWithoutTextOrConversationId()
    {
        var logger = new FakeLogger();
        var adapter = new RecordingAdapter(errorRecovery: new RecordingRecovery(), logger: logger);

        await adapter.RunAsync(TestActivities.Message(UserText), ThrowingBot);

        var error = Assert.Single(logger.Collector.GetSnapshot(), record => record.Level == LogLevel.Error);
        Assert.IsType<InvalidOperationException>(error.Exception);
        Assert.Contains("message activity on channel msteams", error.Message, StringComparison.Ordinal);
        Assert.All(logger.Collector.GetSnapshot(), record => AssertPrivate(record, UserText, TestActivities.TeamsConversationId));
    }

    [Fact]
    public async Task ErrorBoundary_ResetFails_StillApologises()
    {
        var logger = new FakeLogger();
        var recovery = new RecordingRecovery(resetFailure: new InvalidOperationException("storage down"));
        var adapter = new RecordingAdapter(errorRecovery: recovery, logger: logger);

        var outcome = await adapter.RunAsync(TestActivities.Message("hi"), ThrowingBot);

        Assert.Equal(TurnOutcome.Recovered, outcome);
        Assert.Single(adapter.Sent);
        Assert.Equal(2, logger.Collector.GetSnapshot().Count(record => record.Level == LogLevel.Error));
    }

    public static TheoryData<Exception, TurnOutcome> ApologyFailures => new()
    {
        { new BotConnectorException("ReplyToActivity failed with HTTP 403.", 403, "Forbidden", channelUnreachable: false), TurnOutcome.DeliveryFailed },
        { new InvalidOperationException("a bug in the apology"), TurnOutcome.Failed },
    };

    [Theory]
    [MemberData(nameof(ApologyFailures))]
    public async Task ErrorBoundary_ApologyFails_ReportsTheOutcomeInsteadOfThrowing(Exception failure, TurnOutcome expected)
    {
        var adapter = new RecordingAdapter(errorRecovery: new RecordingRecovery()) { FailSending = _ => failure };

        var outcome = await adapter.RunAsync(TestActivities.Message("hi"), ThrowingBot);

        Assert.Equal(expected, outcome);
    }

    [Fact]
    public async Task ErrorBoundary_ChannelUnreachable_ResetsButSkipsTheApology()
    {
        var recovery = new RecordingRecovery();
        var adapter = new RecordingAdapter(errorRecovery: recovery)
        {
            FailSending = _ => new BotConnectorException("no answer", null, null, channelUnreachable: true),
        };

        var outcome = await adapter.RunAsync(TestActivities.Message("hi"), (context, ct) => context.SendActivityAsync("reply", cancellationToken: ct));

        Assert.Equal(TurnOutcome.DeliveryFailed, outcome);
        Assert.Single(recovery.ResetConversations);
        Assert.Empty(adapter.Sent);
    }

    [Fact]
    public async Task Cancellation_OfTheRequest_IsNotTreatedAsABotError()
    {
        var recovery = new RecordingRecovery();
        var adapter = new RecordingAdapter(errorRecovery: recovery);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => adapter.RunAsync(
            TestActivities.Message("hi"), (_, ct) => Task.Delay(Timeout.Infinite, ct), cancellation.Token));
        Assert.Empty(recovery.ResetConversations);
        Assert.Empty(adapter.Sent);
    }

    internal static void AssertPrivate(FakeLogRecord record, params string[] secrets)
    {
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, record.Message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, record.Exception?.ToString() ?? string.Empty, StringComparison.OrdinalIgnoreCase);
            foreach (var (key, value) in record.StructuredState ?? [])
            {
                Assert.DoesNotContain(secret, $"{key}={value}", StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    private static Task ThrowingBot(ITurnContext turnContext, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The bot failed.");

    private sealed class TracingMiddleware(string name, List<string> trace) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, ContinueTurn continueTurn, CancellationToken cancellationToken)
        {
            trace.Add($"{name} before");
            await continueTurn(cancellationToken);
            trace.Add($"{name} after");
        }
    }

    private sealed class StoppingMiddleware : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, ContinueTurn continueTurn, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class ThrowingMiddleware : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, ContinueTurn continueTurn, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The middleware failed.");
    }
}
