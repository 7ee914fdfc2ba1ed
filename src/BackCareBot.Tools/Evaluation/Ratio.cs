using System.Globalization;

namespace BackCareBot.Evaluation;

/// <summary>A count out of a total; a score with nothing to count has no share.</summary>
public readonly record struct Ratio(int Count, int Total)
{
    public double? Share => Total == 0 ? null : (double)Count / Total;

    public static string Percent(double share) => string.Create(CultureInfo.InvariantCulture, $"{share * 100:0.#}%");

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(Share is { } share ? Percent(share) : "n/a")} ({Count}/{Total})");
}
