using BackCareBot.BotFramework.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BackCareBot.BotFramework.Messaging;

public static class MessagingEndpointExtensions
{
    /// <summary>The Bot Framework convention for the messaging endpoint.</summary>
    public const string DefaultPattern = "/api/messages";

    /// <summary>
    /// Maps the messaging endpoint. Every method is routed here so that anything but POST gets a proper 405 with
    /// <c>Allow: POST</c>. The <see cref="IBot"/> is resolved per request, so it may be scoped.
    /// </summary>
    public static IEndpointConventionBuilder MapBotFramework(this IEndpointRouteBuilder endpoints, string pattern = DefaultPattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        return endpoints.Map(pattern, static httpContext =>
        {
            var services = httpContext.RequestServices;
            return services.GetRequiredService<BotFrameworkHttpAdapter>()
                .ProcessAsync(httpContext, services.GetRequiredService<IBot>(), httpContext.RequestAborted);
        }).WithDisplayName("Bot Framework messaging endpoint");
    }
}
