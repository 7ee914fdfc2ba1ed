using BackCareBot.Evaluation;

if (args is ["eval", ..])
{
    return await EvaluateCommand.RunAsync(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/", () => "Hello World!");

app.Run();
return 0;
