using BackCareBot.DirectLine.AzureBotService;
using BackCareBot.DirectLine.Endpoints;
using BackCareBot.DirectLine.Streaming;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackCareBot.DirectLine;

public static class DirectLineEndpointExtensions
{
    /// <summary>The route prefix DirectLineJS's <c>domain</c> option must end with.</summary>
    public const string Prefix = ServiceAddresses.DirectLinePrefix;

    /// <summary>The page's only way to a token: no authentication, rate-limited per client address.</summary>
    public const string TokenRoute = "/api/directline/token";

    /// <summary>
    /// Adds the WebSocket and rate-limiter middleware and maps Direct Line 3.0 under <see cref="Prefix"/> plus
    /// <see cref="TokenRoute"/>; with <c>DirectLine:Mode</c> <see cref="DirectLineMode.AzureBotService"/>, only the
    /// token route, which then gets its tokens from Azure. Call it once, before the app runs.
    /// </summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRateLimiter();
        if (app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.Mode == DirectLineMode.AzureBotService)
        {
            app.MapPost(TokenRoute, Handle<AzureTokenEndpoint>(static (endpoints, context) => endpoints.IssueAsync(context)))
                .RequireRateLimiting(TokenRateLimitPolicy.Name)
                .WithDisplayName("Direct Line token from Azure Bot Service");
            return app;
        }

        app.UseWebSockets();
        app.MapPost(TokenRoute, Handle<TokenEndpoints>(static (endpoints, context) => endpoints.IssueAsync(context)))
            .RequireRateLimiting(TokenRateLimitPolicy.Name)
            .WithDisplayName("Direct Line token");

        var directLine = app.MapGroup(Prefix);
        directLine.MapPost("/conversations", Handle<ConversationEndpoints>(static (endpoints, context) => endpoints.StartAsync(context)));
        directLine.MapGet("/conversations/{conversationId}", HandleConversation<ConversationEndpoints>(static (endpoints, context, id) => endpoints.ReconnectAsync(context, id)));
        directLine.MapGet("/conversations/{conversationId}/activities", HandleConversation<ActivityEndpoints>(static (endpoints, context, id) => endpoints.GetAsync(context, id)));
        directLine.MapPost("/conversations/{conversationId}/activities", HandleConversation<ActivityEndpoints>(static (endpoints, context, id) => endpoints.PostAsync(context, id)));
        directLine.MapPost("/conversations/{conversationId}/upload", HandleConversation<ActivityEndpoints>(static (endpoints, context, id) => endpoints.UploadAsync(context, id)));
        directLine.MapGet("/conversations/{conversationId}/stream", HandleConversation<StreamEndpoint>(static (endpoints, context, id) => endpoints.ConnectAsync(context, id)));
        directLine.MapPost("/tokens/refresh", Handle<TokenEndpoints>(static (endpoints, context) => endpoints.RefreshAsync(context)));
        directLine.MapGet("/session/getsessionid", Handle<ConversationEndpoints>(static (endpoints, context) => endpoints.SessionIdAsync(context)));
        return app;
    }

    private static RequestDelegate Handle<TEndpoints>(Func<TEndpoints, HttpContext, Task> handler)
        where TEndpoints : notnull =>
        context => DirectLineGuard.RunAsync(context, () => handler(context.RequestServices.GetRequiredService<TEndpoints>(), context));

    private static RequestDelegate HandleConversation<TEndpoints>(Func<TEndpoints, HttpContext, string, Task> handler)
        where TEndpoints : notnull =>
        context => DirectLineGuard.RunAsync(
            context,
            () => handler(context.RequestServices.GetRequiredService<TEndpoints>(), context, (string)context.Request.RouteValues["conversationId"]!));
}
