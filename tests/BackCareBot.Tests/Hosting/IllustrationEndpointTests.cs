using System.Buffers.Binary;
using System.Net;
using BackCareBot.BackCare;
using BackCareBot.BackCare.Illustrations;
using BackCareBot.Tests.Support;
using Xunit.Abstractions;

namespace BackCareBot.Tests.Hosting;

/// <summary>
/// The pictures over real loopback HTTP, as a channel fetches them. Every PNG served is also written to
/// <c>TestResults/illustrations/</c> beside the test assembly, for a person to look at (dialogs/illustrations/README.md).
/// </summary>
[Collection(MessagingHostGroup.Name)]
public sealed class IllustrationEndpointTests(MessagingHost host, ITestOutputHelper output)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static string ArtefactFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "illustrations");

    public static TheoryData<string> Illustrated => [.. AdviceIds.All.Where(id => id != AdviceIds.WhySittingHurts)];

    [Theory]
    [MemberData(nameof(Illustrated))]
    public async Task EachAdvicePicture_IsServedAsTheDrawnSvgAndAPngAtItsUrl(string adviceId)
    {
        var picture = host.Get<AdvicePictures>().Find(adviceId);
        Assert.NotNull(picture);

        using var svg = await host.Client.GetAsync(picture.SvgUrl);
        using var png = await host.Client.GetAsync(picture.PngUrl);

        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        var drawn = await File.ReadAllBytesAsync(Path.Combine(TestRepository.Root, "dialogs", "illustrations", adviceId + ".svg"));
        Assert.Equal(drawn, await svg.Content.ReadAsByteArrayAsync());
        Assert.Contains("default-src 'none'", Assert.Single(svg.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        var bytes = await png.Content.ReadAsByteArrayAsync();
        Assert.Equal(PngSignature, bytes[..8]);
        Assert.Equal(800, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));   // IHDR width
        Assert.InRange(BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)), 300, 800);
        Assert.InRange(bytes.Length, 5_000, 200_000);

        foreach (var response in new[] { svg, png })
        {
            Assert.NotNull(response.Headers.ETag);
            Assert.False(response.Headers.ETag.IsWeak);
            Assert.Equal(TimeSpan.FromDays(1), response.Headers.CacheControl?.MaxAge);
            Assert.True(response.Headers.CacheControl?.Public);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        }

        Directory.CreateDirectory(ArtefactFolder);
        var path = Path.Combine(ArtefactFolder, adviceId + ".png");
        await File.WriteAllBytesAsync(path, bytes);
        output.WriteLine($"Rendered: {path}");
    }

    [Fact]
    public async Task ARequestWithTheETag_Gets304WithoutTheBody()
    {
        using var first = await host.Client.GetAsync("/illustrations/dead-bug.png");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/illustrations/dead-bug.png");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await host.Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, response.Headers.ETag);
    }

    [Fact]
    public async Task AHeadRequest_GetsTheHeadersWithoutTheBody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/illustrations/foam-roller.svg");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("why-sitting-hurts.png")]
    [InlineData("plank.svg")]
    [InlineData("dead-bug.jpg")]
    [InlineData("DEAD-BUG.svg")]
    [InlineData("dead-bug")]
    [InlineData("illustrations.yaml")]
    [InlineData("README.md")]
    [InlineData("..%2Fknowledge%2Fdead-bug.yaml")]
    [InlineData("..%2F..%2Fappsettings.json")]
    [InlineData("%2E%2E%2Fillustrations.yaml")]
    [InlineData("..%5C..%5Cappsettings.json")]
    [InlineData("dead-bug.png%2F")]
    public async Task AnythingButAnAdvicePicture_Is404(string fileName)
    {
        using var response = await host.Client.GetAsync("/illustrations/" + fileName);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("svg", response.Content.Headers.ContentType?.MediaType ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANulInTheName_IsRefusedBeforeItReachesTheRoute()
    {
        using var response = await host.Client.GetAsync("/illustrations/dead-bug.svg%00.png");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);   // Kestrel's own check
        var type = response.Content.Headers.ContentType?.MediaType;
        Assert.True(type is not ("image/svg+xml" or "image/png"), type);
    }
}
