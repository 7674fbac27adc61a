using SummitBot.Answering;
using SummitBot.Answering.Questions;

namespace SummitBot.Tests.Answering;

/// <summary>Misspellings are mended to the knowledge's words; English words the sources lack are left as they are.</summary>
public sealed class SpellingCorrectorTests
{
    private static readonly SpellingCorrector Speller = new(
        isKnown: word => word is "summit" or "hanoi" or "biegun" or "diplomacy" or "shall" or "asia",
        targets: new HashSet<string>(["summit", "hanoi", "biegun", "diplomacy", "shall", "asia"], StringComparer.Ordinal),
        keepsMeaning: AnsweringModel.MendingKeepsMeaning);

    [Theory]
    [InlineData("sumit", "summit")]
    [InlineData("hanio", "hanoi")]
    [InlineData("beigun", "biegun")]
    [InlineData("asian", "asia")]
    public void MendsAMisspellingToTheClosestWordOfTheKnowledge(string written, string mended) =>
        Assert.Equal(mended, Speller.Correct(written));

    [Theory]
    [InlineData("shell")]
    [InlineData("diplomat")]
    [InlineData("diplomats")]
    public void LeavesAnEnglishWordTheSourcesLackAsItIsUnlessTheTargetIsAFormOfIt(string word) =>
        Assert.Equal(word, Speller.Correct(word));
}
