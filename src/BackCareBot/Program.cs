using BackCareBot.BotFramework.Messaging;
using BackCareBot.DirectLine;
using BackCareBot.Evaluation;
using BackCareBot.Hosting;
using BackCareBot.Transcripts;

if (args is ["eval", ..])
{
    return await EvaluateCommand.RunAsync(args[1..]);
}

if (args is ["replay", ..])
{
    return await ReplayCommand.RunAsync(args[1..]);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = HostAddresses.PublishedContentRoot(args, AppContext.BaseDirectory),
});
builder.UseDefaultAddressUnlessConfigured();
builder.AddBackCareBotTurns();
builder.AddDirectLine();
builder.AddBackCareHealthChecks();

var app = builder.Build();
app.UseWebChatPage();
app.MapBotFramework();
app.MapDirectLine();
app.MapBackCareHealthChecks();
await app.RunAsync();
return 0;
