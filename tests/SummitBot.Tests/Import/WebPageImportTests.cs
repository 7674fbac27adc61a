using SummitBot.Import;

namespace SummitBot.Tests.Import;

public sealed class WebPageImportTests
{
    [Fact]
    public void AnArticlePageGivesItsStoryWithoutCookieBannerNavigationAdOrPaywallNotice()
    {
        var article = ImportFixtures.ImportOne(ImportFixtures.Page("lantern-post-harbor-talks.html")).Article!;

        Assert.Equal("Harbor Talks Resume After Storm Delay", article.Title);
        Assert.Equal("Mira Castellane", article.Author);
        Assert.Equal("World", article.Section);
        Assert.Equal("The Lantern Post", article.Publisher);
        Assert.Equal("2019-02-12T09:30:00+09:00", article.Published);
        Assert.Equal("2019-02-12T17:05:00+09:00", article.Updated);
        Assert.Equal("https://lanternpost.example/world/2019/02/12/harbor-talks-resume", article.Url!.AbsoluteUri);
        Assert.Equal(ArticleBody.FullText, article.Body);
        Assert.Equal(
            [
                "Negotiators from the two coastal provinces returned to the table on Tuesday, three days after a storm closed the port of Vellmar and forced the talks to stop.",
                "The envoys said the first session went well and that a draft agreement on shared fishing grounds could be ready by the end of the month.",
                "“We lost three days, but we did not lose the trust we built,” said Orla Venn, the chief negotiator for the northern province, after the meeting.",
                "The next round is planned for the week beginning March 4 in the harbor town of Calder Reach, where both delegations will also visit the damaged breakwater.",
            ],
            article.Paragraphs);
    }

    [Fact]
    public void ADivLayoutWithMetaTagsOnlyLosesItsAdSlotsNewsletterSubscriptionNoticeAndReadMoreLink()
    {
        var article = ImportFixtures.ImportOne(ImportFixtures.Page("ridgeline-daily-river-accord.html")).Article!;
        var body = ImportFixtures.BodyOf(article);

        Assert.Equal("River Accord Signed at Dawn Ceremony", article.Title);
        Assert.Equal("Tobin Ashgrove", article.Author);
        Assert.Equal("Politics", article.Section);
        Assert.Equal("Ridgeline Daily", article.Publisher);
        Assert.Equal("2019-03-04T14:00:00+00:00", article.Published);

        // The page's address, from og:url, without its tracking parameters.
        Assert.Equal("https://www.ridgelinedaily.example/news/river-accord-signed", article.Url!.AbsoluteUri);
        Assert.Equal(5, article.Paragraphs.Count);
        Assert.StartsWith("The governors of Ashfield and Morrow Vale signed the river accord", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("the accord will be reviewed after five years.", article.Paragraphs[^1], StringComparison.Ordinal);
        foreach (var clutter in new[] { "ADVERTISEMENT", "Sponsored", "Holiday cabins", "newsletter", "Already a subscriber", "Read more", "Front page", "Share on social media", "12 Quarry Road" })
        {
            Assert.DoesNotContain(clutter, body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void AJsonLdGraphGivesEveryAuthorAndTheSectionsAndBreakSeparatedParagraphsStaySeparate()
    {
        var article = ImportFixtures.ImportOne(ImportFixtures.Page("coastline-dispatch-ferry-deal.html")).Article!;
        var body = ImportFixtures.BodyOf(article);

        Assert.Equal("Ferry deal brings island crossings back", article.Title);
        Assert.Equal("Ines Marrow, Kai Drummond", article.Author);
        Assert.Equal("Islands, Transport", article.Section);
        Assert.Equal("Coastline Dispatch Media", article.Publisher);
        Assert.Equal("2019-03-18", article.Published);
        Assert.Null(article.Updated);
        Assert.Equal("https://coastlinedispatch.example/2019/03/ferry-deal-brings-island-crossings-back/", article.Url!.AbsoluteUri);
        Assert.Equal(4, article.Paragraphs.Count);
        Assert.StartsWith("“Families here have waited all winter for this,”", article.Paragraphs[2], StringComparison.Ordinal);
        foreach (var clutter in new[] { "cookies", "I agree", "WhatsApp", "Photo: Coastline Dispatch", "12 comments", "About time", "Most read" })
        {
            Assert.DoesNotContain(clutter, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void APageWithoutMetadataStatesNothingButItsTitle()
    {
        var article = ImportFixtures.ImportOne(ImportFixtures.Page("plain-page.html")).Article!;

        Assert.Equal("Lighthouse keepers return to Gull Point", article.Title);
        Assert.Null(article.Author);
        Assert.Null(article.Section);
        Assert.Null(article.Publisher);
        Assert.Null(article.Published);
        Assert.Null(article.Url);
        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Fact]
    public void AFrontPageOfLinksIsAnErrorNamingWhy()
    {
        var file = Assert.Single(new ArticleImporter(ImportFixtures.EmptyKnowledge()).Import(ImportFixtures.Page("front-page.html")));

        Assert.Empty(file.Results);
        Assert.StartsWith("no article text found in the page", file.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ANewsSentenceThatMentionsASubscriptionIsKeptAndAReaderNoticeIsNot()
    {
        Assert.False(NoticeText.IsNotice("The ministry said the new subscription fee for fishing licences would rise to 40 crowns."));
        Assert.False(NoticeText.IsNotice("“Thank you,” said the envoy, before the two leaders signed in Hanoi."));
        Assert.True(NoticeText.IsNotice("Enjoying this article? Click here to subscribe for full access. Just $5 a month."));
        Assert.True(NoticeText.IsNotice("We use cookies to give you the best experience on our site."));
        Assert.True(NoticeText.IsNotice("Advertisement"));
    }
}
