namespace BackCareBot.LoadBenchmark.Floor;

/// <summary>A channel account or conversation as the floor reads and echoes it: just what a reply addresses.</summary>
internal sealed class FloorAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Role { get; set; }
}
