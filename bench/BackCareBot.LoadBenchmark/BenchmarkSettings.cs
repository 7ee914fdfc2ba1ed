using System.Globalization;

namespace BackCareBot.LoadBenchmark;

/// <summary>The command line: which targets, how hard, for how long, and where the servers' files are.</summary>
internal sealed record BenchmarkSettings(
    int Connections,
    TimeSpan Warmup,
    TimeSpan Duration,
    IReadOnlyList<TargetKind> Targets,
    string? BotDll,
    string? JsEchoScript,
    string Node,
    TimeSpan RequestTimeout,
    TimeSpan StartupTimeout,
    IReadOnlyList<string> BotSettings,
    string QuestionSet,
    string? AzuriteScript,
    bool AsShipped = true)
{
    public const string Usage = """
        Usage: dotnet BackCareBot.LoadBenchmark.dll [options]   (bench/run-load.sh builds everything and passes the paths)
          --connections <n>       concurrent connections, one request in flight on each (default 16)
          --warmup <s>            warm-up per target, not measured (default 3)
          --duration <s>          measured time per target (default 15)
          --targets <a,b,...>     floor, floor-state, bot (SQLite), bot-memory, bot-blob (Azurite), js-echo,
                                  bot-connector, js-echo-connector (default all, in that order)
          --bot-dll <path>        the built BackCareBot.dll (needed for bot targets)
          --js-echo <path>        bench/js-echo/echo-bot.js (needed for js-echo targets)
          --azurite <path>        Azurite's Blob service script, tests/Azurite/node_modules/azurite/dist/src/blob/main.js
                                  (needed for bot-blob)
          --node <path>           the node executable (default node)
          --request-timeout <s>   longest wait for one turn (default 10)
          --startup-timeout <s>   longest wait for a server's first reply (default 30)
          --questions <set>       all (default), or no-time: only the questions without a time expression
          --bot-setting <k=v>     a configuration key for the bot, e.g. Storage:Provider=Memory (repeatable)
          --runtime <r>           shipped (default): the bot with the runtime settings every launch path sets
                                  (DOTNET_GCgen0size); default: the .NET runtime's own defaults
        """;

    private const string BotSettingKey = "--bot-setting";

    private static readonly string[] Keys =
        ["--connections", "--warmup", "--duration", "--targets", "--bot-dll", "--js-echo", "--azurite", "--node", "--request-timeout", "--startup-timeout", "--questions", "--runtime"];

    public IReadOnlyList<string> SelectedQuestions => LoadBenchmark.Questions.Named(QuestionSet);

    /// <summary>The longest the whole run may take: every target started, warmed and measured, with room to stop.</summary>
    public TimeSpan TotalTimeout =>
        (StartupTimeout + Warmup + Duration + RequestTimeout + TimeSpan.FromSeconds(10)) * Targets.Count;

    public static BenchmarkSettings Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var botSettings = new List<string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == BotSettingKey)
            {
                botSettings.Add(BotSetting(args[i + 1]));
            }
            else
            {
                values[args[i]] = args[i + 1];
            }
        }

        if (args.Length % 2 != 0 || values.Keys.Any(key => !Keys.Contains(key)))
        {
            throw new ArgumentException(Usage);
        }

        var targets = values.TryGetValue("--targets", out var names) ? ParseTargets(names) : TargetKind.All;
        var settings = new BenchmarkSettings(
            Number(values, "--connections", 16, max: 1024),
            TimeSpan.FromSeconds(Number(values, "--warmup", 3, max: 600)),
            TimeSpan.FromSeconds(Number(values, "--duration", 15, max: 3600)),
            targets,
            values.GetValueOrDefault("--bot-dll"),
            values.GetValueOrDefault("--js-echo"),
            values.GetValueOrDefault("--node") ?? "node",
            TimeSpan.FromSeconds(Number(values, "--request-timeout", 10, max: 600)),
            TimeSpan.FromSeconds(Number(values, "--startup-timeout", 30, max: 600)),
            botSettings,
            values.GetValueOrDefault("--questions") ?? LoadBenchmark.Questions.AllName,
            values.GetValueOrDefault("--azurite"),
            (values.GetValueOrDefault("--runtime") ?? "shipped") switch
            {
                "shipped" => true,
                "default" => false,
                _ => throw new ArgumentException($"--runtime is shipped or default.{Environment.NewLine}{Usage}"),
            });
        _ = LoadBenchmark.Questions.Named(settings.QuestionSet);
        if (settings.Connections < 1 || settings.Duration <= TimeSpan.Zero)
        {
            throw new ArgumentException("--connections and --duration must be at least 1.");
        }

        settings.RequireFile(settings.BotDll, ServerKind.Bot, "--bot-dll");
        settings.RequireFile(settings.JsEchoScript, ServerKind.JsEcho, "--js-echo");
        if (settings.Targets.Contains(TargetKind.BotBlob) && (settings.AzuriteScript is null || !File.Exists(settings.AzuriteScript)))
        {
            throw new ArgumentException($"--azurite must name Azurite's blob/main.js for the bot-blob target (npm ci --prefix tests/Azurite).{Environment.NewLine}{Usage}");
        }
        return settings;
    }

    private void RequireFile(string? path, ServerKind server, string option)
    {
        if (Targets.Any(target => target.Server == server) && (path is null || !File.Exists(path)))
        {
            throw new ArgumentException($"{option} must name an existing file for the {server} targets.{Environment.NewLine}{Usage}");
        }
    }

    private static List<TargetKind> ParseTargets(string names)
    {
        var targets = new List<TargetKind>();
        foreach (var name in names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var target = TargetKind.All.FirstOrDefault(known => known.Name == name)
                ?? throw new ArgumentException($"Unknown target '{name}'.{Environment.NewLine}{Usage}");
            if (!targets.Contains(target))
            {
                targets.Add(target);
            }
        }

        return targets.Count > 0 ? targets : throw new ArgumentException(Usage);
    }

    /// <summary>"Storage:Provider=Memory" becomes the command-line configuration argument "--Storage:Provider=Memory".</summary>
    private static string BotSetting(string setting)
    {
        var equals = setting.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 && !setting.StartsWith('-')
            ? "--" + setting
            : throw new ArgumentException($"{BotSettingKey} takes key=value, e.g. Storage:Provider=Memory.");
    }

    private static int Number(Dictionary<string, string> values, string key, int fallback, int max)
    {
        if (!values.TryGetValue(key, out var text))
        {
            return fallback;
        }

        var value = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return value <= max ? value : throw new ArgumentException($"{key} is at most {max}.");
    }
}
