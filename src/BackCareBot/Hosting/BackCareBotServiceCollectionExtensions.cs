using BackCareBot.BackCare;
using BackCareBot.Conversation;
using Microsoft.Extensions.Options;

namespace BackCareBot.Hosting;

public static class BackCareBotServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates the host's options for the content (<c>BackCare</c>, <c>Illustrations</c>), then registers
    /// the back-care layer and the conversation through their own registrations, the served illustrations and the
    /// warm-up. The content is loaded and validated, and the date recogniser warmed, while the host starts: a broken
    /// knowledge file stops the bot before it takes a request, and the first person to write does not pay for the
    /// cold path.
    /// </summary>
    public static IHostApplicationBuilder AddBackCareBot(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<BackCareOptions>()
            .Bind(builder.Configuration.GetSection(BackCareOptions.SectionName))
            .Validate(options => Directory.Exists(options.DialogsPath), $"{BackCareOptions.SectionName}:DialogsPath must be an existing folder.")
            .ValidateOnStart();
        services.AddOptions<IllustrationOptions>()
            .Bind(builder.Configuration.GetSection(IllustrationOptions.SectionName))
            .Validate(options => options.IsValid(),
                $"{IllustrationOptions.SectionName}:PublicBaseUrl must be empty or an absolute http(s) URL without query, and PngWidth 200 to 2400.")
            .ValidateOnStart();

        services.AddBackCare(provider => new BackCareContent(
            provider.GetRequiredService<IOptions<BackCareOptions>>().Value.DialogsPath,
            provider.GetRequiredService<IOptions<IllustrationOptions>>().Value.PublicBaseUri()));
        services.AddBackCareConversation();
        services.AddSingleton<IllustrationFiles>();
        services.AddHostedService<BackCareWarmup>();
        return builder;
    }
}
