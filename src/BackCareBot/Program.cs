using BackCareBot.BotFramework.Messaging;
using BackCareBot.DirectLine;
using BackCareBot.Hosting;

if (args is ["eval" or "replay", ..])
{
    await Console.Error.WriteLineAsync($"'{args[0]}' moved to the tools: dotnet run --project src/BackCareBot.Tools -- {args[0]}");
    return 2;
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = HostAddresses.PublishedContentRoot(args, AppContext.BaseDirectory),
});
builder.UseDefaultAddressUnlessConfigured();
builder.AddKnownProxies();
builder.AddBackCareBotTurns();
builder.AddDirectLine();
builder.AddBackCareHealthChecks();
builder.AddAzureMonitorWhenConfigured();

var app = builder.Build();
app.UseKnownProxies();
app.UseWebChatPage();
app.MapIllustrations();
app.MapBotFramework();
app.MapDirectLine();
app.MapBackCareHealthChecks();
await app.RunAsync();
return 0;
