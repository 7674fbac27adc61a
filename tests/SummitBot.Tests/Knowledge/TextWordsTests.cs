using System.Text.RegularExpressions;
using SummitBot.Knowledge;

namespace SummitBot.Tests.Knowledge;

/// <summary>The words a question and the knowledge are read as: the scanner against the pattern it documents.</summary>
public sealed partial class TextWordsTests
{
    [Theory]
    [InlineData("Where is the second summit?", new[] { "where", "is", "the", "second", "summit" })]
    [InlineData("Who is Biegun's counterpart?", new[] { "who", "is", "biegun's", "counterpart" })]
    [InlineData("Moon Jae-in met Kim on Sept. 19, 2018", new[] { "moon", "jae", "in", "met", "kim", "on", "sept", "19", "2018" })]
    [InlineData("don\u2019t 'quoted' rock'n'roll", new[] { "don\u2019t", "quoted", "rock'n", "roll" })]
    [InlineData("1,000 troops 27th", new[] { "1", "000", "troops", "27th" })]
    [InlineData("  ", new string[0])]
    [InlineData("?!", new string[0])]
    [InlineData("Kim's' 'x", new[] { "kim's", "x" })]
    [InlineData("Ⅻ ½ 평양 Été", new[] { "ⅻ", "½", "평양", "été" })]
    [InlineData("U.S.-North 😀 Korea", new[] { "u", "s", "north", "korea" })]
    public void ReadsTheWordsThePatternDescribes(string text, string[] expected)
    {
        Assert.Equal(expected, TextWords.Of(text));
        Assert.Equal(Reference(text), TextWords.Of(text));
        Assert.Equal(expected.Length > 0, TextWords.Any(text));
    }

    [Fact]
    public void AddsEachWordOnceInLowerCase()
    {
        var words = new HashSet<string>(StringComparer.Ordinal) { "kim" };
        TextWords.AddTo(words, "Kim met KIM and Trump's envoy");
        Assert.Equal(new[] { "and", "envoy", "kim", "met", "trump's" }, words.Order(StringComparer.Ordinal));
    }

    /// <summary>The documented reading: letters and numbers, with an apostrophe and the letters after it.</summary>
    private static List<string> Reference(string text) =>
        [.. WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant())];

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
