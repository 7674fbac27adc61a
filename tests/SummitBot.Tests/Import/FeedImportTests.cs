using SummitBot.Import;

namespace SummitBot.Tests.Import;

public sealed class FeedImportTests
{
    [Fact]
    public void EachRssItemIsAnArticleWithItsFullTextFromContentEncoded()
    {
        var file = Assert.Single(new ArticleImporter(ImportFixtures.EmptyKnowledge()).Import(ImportFixtures.Feed("meridian-ledger-full.rss")));
        Assert.Equal(ImportFormat.Feed, file.Format);
        Assert.Equal(2, file.Results.Count);

        var first = file.Results[0].Article!;
        Assert.Equal("item 1 'Border Crossing at Kestrel Gap Reopens'", file.Results[0].Item);
        Assert.Equal("Border Crossing at Kestrel Gap Reopens", first.Title);
        Assert.Equal("Hollis Wren", first.Author);
        Assert.Equal("Region", first.Section);
        Assert.Equal("The Meridian Ledger", first.Publisher);
        Assert.Equal("2019-02-20T07:45:00+09:00", first.Published);
        Assert.Equal("https://meridianledger.example/2019/02/20/kestrel-gap-reopens", first.Url!.AbsoluteUri);
        Assert.Equal(ArticleBody.FullText, first.Body);

        // The full text, not the one-line description; without the ad label and the feed's "appeared first on" footer.
        Assert.Equal(3, first.Paragraphs.Count);
        Assert.StartsWith("The border crossing at Kestrel Gap reopened to cars and buses", first.Paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Advertisement", ImportFixtures.BodyOf(first), StringComparison.Ordinal);
        Assert.DoesNotContain("appeared first", ImportFixtures.BodyOf(first), StringComparison.Ordinal);

        var second = file.Results[1].Article!;
        Assert.Equal("Ada Pellworth", second.Author);
        Assert.Equal("2019-02-22T16:10:00+00:00", second.Published);
        Assert.Equal(2, second.Paragraphs.Count);
    }

    [Fact]
    public void AnRssItemWithoutFullTextKeepsItsSummaryMarkedAsSuch()
    {
        var file = Assert.Single(new ArticleImporter(ImportFixtures.EmptyKnowledge()).Import(ImportFixtures.Feed("lantern-post-summaries.rss")));
        var first = file.Results[0];
        var article = first.Article!;

        Assert.Equal(ArticleBody.Summary, article.Body);
        Assert.Equal("Mira Castellane", article.Author);
        Assert.Equal(
            ["Negotiators from the two coastal provinces returned to the table on Tuesday, three days after a storm closed the port of Vellmar."],
            article.Paragraphs);
    }

    [Fact]
    public void ADateTheFeedGivesInWordsIsNotStatedAndSaidSo()
    {
        var file = Assert.Single(new ArticleImporter(ImportFixtures.EmptyKnowledge()).Import(ImportFixtures.Feed("lantern-post-summaries.rss")));
        var article = file.Results[1].Article!;

        Assert.Null(article.Published);
        Assert.Contains("the published date 'yesterday afternoon' could not be read; written as not stated", article.Notes);
    }

    [Fact]
    public void AnAtomEntryUsesItsContentAndOnlyItsPublishedDateAsPublished()
    {
        var file = Assert.Single(new ArticleImporter(ImportFixtures.EmptyKnowledge()).Import(ImportFixtures.Feed("continental-review.atom")));
        var full = file.Results[0].Article!;
        var summary = file.Results[1].Article!;

        Assert.Equal("Why the Tessel Talks Took Four Years", full.Title);
        Assert.Equal("Petra Lindqvist-Hale", full.Author);
        Assert.Equal("Analysis", full.Section);
        Assert.Equal("The Continental Review", full.Publisher);
        Assert.Equal("2019-03-08T08:00:00-05:00", full.Published);
        Assert.Equal("2019-03-09T10:15:00-05:00", full.Updated);
        Assert.Equal(ArticleBody.FullText, full.Body);
        Assert.Equal(2, full.Paragraphs.Count);

        // Only "updated" is given: the entry's published date is not stated, not taken from it.
        Assert.Equal(ArticleBody.Summary, summary.Body);
        Assert.Null(summary.Published);
        Assert.Equal("2019-03-10T09:00:00+00:00", summary.Updated);
        Assert.Null(summary.Author);
    }

    [Fact]
    public void AFeedThatIsNotWellFormedIsAnErrorNamingTheLine()
    {
        var file = Assert.Single(new ArticleImporter(ImportFixtures.EmptyKnowledge()).Import(ImportFixtures.Feed("broken.rss")));

        Assert.Empty(file.Results);
        Assert.StartsWith("not a well-formed feed: ", file.Error, StringComparison.Ordinal);
        Assert.Contains("line 6", file.Error, StringComparison.OrdinalIgnoreCase);
    }
}
