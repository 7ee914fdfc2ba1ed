using BackCareBot.BotFramework;
using BackCareBot.BotFramework.Messaging;
using BackCareBot.Evaluation;
using BackCareBot.Hosting;

if (args is ["eval", ..])
{
    return await EvaluateCommand.RunAsync(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddBotFramework();
builder.AddBackCare();
builder.Services.AddHealthChecks();

var app = builder.Build();
app.MapBotFramework();
app.MapHealthChecks("/healthz");
await app.RunAsync();
return 0;
