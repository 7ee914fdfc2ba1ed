using System.Diagnostics;
using System.Text;
using BackCareBot.BackCare.Triage;

namespace BackCareBot.BackCare.Tests.Triage;

public sealed class RobustnessTests
{
    /// <summary>Far above the measured worst case (about 15 ms), so that a busy machine does not fail the test.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromMilliseconds(500);

    public static TheoryData<string> OddMessages => new()
    {
        "😀😀😀",
        "💥 my back 💥 hurts 😭😭",
        "<p>my <b>back</b> hurts &amp; I can&#39;t feel my legs</p>",
        "<at>BackCareBot</at> since last friday",
        "me duele la espalda desde hace dos semanas",
        "腰が痛いです。二週間前から",
        "у меня болит спина уже неделю",
        "ظهري يؤلمني منذ أسبوع",
        "'''''---...,,,;;;",
        "1.5.2.3 2/2/2 3rd 4th 1st 99999999999999999999 weeks",
        "since since since since since",
        "no",
        "' '",
        "60% 100% 5% of the time it hurts",
        "the 31st of february, since the 31st",
        new string('a', 5000),
        string.Concat(Enumerable.Repeat("2 weeks my back hurts ", 100)),
        string.Concat(Enumerable.Repeat("since last friday pain ", 100)),
        string.Concat(Enumerable.Repeat("monday pain ", 200)),
        string.Concat(Enumerable.Repeat("numb numb groin legs can't feel ", 100)),
        string.Concat(Enumerable.Repeat("no not never don't ", 100)),
    };

    [Theory]
    [MemberData(nameof(OddMessages))]
    public void OddMessage_IsReadWithinBoundedTime(string message)
    {
        _ = Extraction.Extractor;
        var clock = Stopwatch.StartNew();

        var facts = Extraction.Facts(message);

        Assert.NotNull(facts);
        Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed.TotalMilliseconds:F1} ms");
    }

    [Fact]
    public void RandomMessages_NeverThrow()
    {
        string[] words =
        [
            "pain", "2", "weeks", "since", "numb", "legs", "both", "no", "not", "sharp", "can't", "feel", "bladder", "control",
            "friday", "ago", "a", "the", "and", "but", ",", ".", "60", "i'm", "fever", "wipe", "over", "days", "month", "😀",
            "3rd", "may", "—", "&", "<b>", "than", "more", "old", "hours", "per", "without", "%",
        ];
        var random = new Random(20251112);
        for (var run = 0; run < 300; run++)
        {
            var text = new StringBuilder();
            for (var count = random.Next(1, 80); count > 0; count--)
            {
                text.Append(words[random.Next(words.Length)]).Append(random.Next(4) == 0 ? string.Empty : " ");
            }

            var facts = Extraction.Facts(text.ToString());

            Assert.Equal(facts.WarningSigns.Count, facts.WarningSigns.DistinctBy(sign => sign.Id).Count());
            Assert.True(facts.Duration is null || facts.Duration >= TimeSpan.Zero);
        }
    }

    [Fact]
    public void NullMessage_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Extraction.Extractor.Extract(null!, Extraction.Wednesday));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void EmptyMessage_HasNoFacts(string? message) => Assert.Same(PainFacts.None, Extraction.Facts(message));

    [Fact]
    public void ConcurrentExtractions_AgreeWithSequentialOnes()
    {
        string[] messages =
        [
            "my back has hurt since last Friday", "I can't feel my legs", "it's a dull ache for 10 days",
            "no fever but a sharp pain", "I'm 60 and my back just started hurting", "how long do I hold the stretch",
        ];
        var expected = messages.Select(message => Extraction.Facts(message)).ToArray();

        Parallel.For(0, 400, index =>
        {
            var facts = Extraction.Facts(messages[index % messages.Length]);
            var wanted = expected[index % messages.Length];
            Assert.Equal(wanted.Duration, facts.Duration);
            Assert.Equal(wanted.Sharpness, facts.Sharpness);
            Assert.Equal(wanted.PainMentioned, facts.PainMentioned);
            Assert.Equal(wanted.WarningSigns, facts.WarningSigns);
        });
    }
}
