using SummitBot.Language.Reading;

namespace SummitBot.Tests.Language;

public sealed class ArticlePersonTests
{
    [Theory]
    [InlineData("Stephen Biegun", "stephenbiegun", new[] { "stephen", "biegun" })]
    [InlineData("Donald J. Trump", "donaldtrump", new[] { "donald", "trump" })]
    [InlineData("  Kim  Jong-un ", "kimjongun", new[] { "kim", "jong-un" })]
    [InlineData("KIM Hyok Chol", "kimhyokchol", new[] { "kim", "hyok", "chol" })]
    [InlineData("J. R. R. Tolkien", "tolkien", new[] { "tolkien" })]
    [InlineData("Ab. Ce", "ab.ce", new[] { "ab.", "ce" })]
    [InlineData("Émile Zola-Ängström", "émilezolaängström", new[] { "émile", "zola-ängström" })]
    [InlineData("", "", new string[0])]
    public void NamesAreKeyedByTheirLowerCaseWordsWithoutInitialsOrHyphens(string name, string key, string[] words)
    {
        Assert.Equal(words, ArticlePerson.NameWords(name));
        Assert.Equal(key, ArticlePerson.KeyOf(name));

        // The same as the words split, filtered and lowered one by one.
        var reference = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !(w.Length <= 2 && w.EndsWith('.'))).Select(w => w.ToLowerInvariant()).ToList();
        Assert.Equal(reference, ArticlePerson.NameWords(name));
        Assert.Equal(string.Concat(reference).Replace("-", string.Empty, StringComparison.Ordinal), ArticlePerson.KeyOf(name));
    }
}
