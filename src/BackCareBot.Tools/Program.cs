using BackCareBot.Evaluation;
using BackCareBot.Transcripts;

return args switch
{
    ["eval", ..] => await EvaluateCommand.RunAsync(args[1..]),
    ["replay", ..] => await ReplayCommand.RunAsync(args[1..]),
    _ => await UsageAsync(),
};

static async Task<int> UsageAsync()
{
    await Console.Error.WriteLineAsync("usage: BackCareBot.Tools eval [evaluation.jsonl ...] | replay [file.transcript | file.chat | folder ...]");
    return 2;
}
