using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Tests.Knowledge;

namespace BackCareBot.BackCare.Tests.Matching;

/// <summary>Holds the matcher to every example question the coaches wrote in <c>dialogs/knowledge/</c>.</summary>
public sealed class KnowledgePhrasingTests
{
    public static TheoryData<string, string> Phrasings
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var entry in RealKnowledge.Base.Entries)
            {
                foreach (var phrasing in entry.Phrasings)
                {
                    data.Add(entry.Id, phrasing);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void Phrasing_MatchesItsOwnEntry(string id, string phrasing)
    {
        var match = SharedMatcher.Match(phrasing);

        Assert.Equal((MatchOutcome.Matched, id), (match.Outcome, match.Best?.AdviceId));
    }
}
