using System.Text;
using SummitBot.Import;
using SummitBot.Tests.Support;

namespace SummitBot.Tests.Import;

public sealed class PlainTextImportTests
{
    [Fact]
    public void AHeadlineLineIsTheTitleAndWrappedLinesAreJoinedIntoParagraphs()
    {
        var article = ImportFixtures.ImportOne(ImportFixtures.Text("harbor-pilots-strike.txt")).Article!;

        Assert.Equal("Harbor Pilots Call Off Strike Before the Spring Fleet Arrives", article.Title);
        Assert.Equal(
            [
                "The harbor pilots of Vellmar called off a planned strike on Thursday evening, hours before the first ships of the spring fishing fleet were due to reach the outer buoys.",
                "The pilots' guild said the port authority had agreed to hire four more pilots by the summer and to pay for a second pilot boat.",
                "\"Nobody wanted the fleet waiting outside the breakwater,\" said Marten Voss, the guild's secretary.",
            ],
            article.Paragraphs);
        Assert.Null(article.Author);
        Assert.Null(article.Published);
        Assert.Null(article.Url);
    }

    [Fact]
    public void ATextThatStartsWithASentenceHasNoTitle()
    {
        var article = ImportFixtures.ImportOne(ImportFixtures.Text("untitled-notes.txt")).Article!;

        Assert.Null(article.Title);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void ATextWithASourceHeaderKeepsWhatTheHeaderStates()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("text"), "with-header.txt");
        File.WriteAllText(path, "title: Gull Point Keepers Log First Storm\nauthor: Bea Hollin\npublished: March 20, 2019\nurl: not stated\n---\nThe new keepers at Gull Point logged their first storm on Tuesday night.\n");

        var article = ImportFixtures.ImportOne(path).Article!;

        Assert.Equal("Gull Point Keepers Log First Storm", article.Title);
        Assert.Equal("Bea Hollin", article.Author);
        Assert.Equal("2019-03-20", article.Published);
        Assert.Null(article.Url);
        Assert.Equal(["The new keepers at Gull Point logged their first storm on Tuesday night."], article.Paragraphs);
    }

    [Fact]
    public void AFileThatIsNotUtf8TextIsAnErrorSayingSo()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("text"), "latin1.txt");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("Caf\u00e9 talks in Vellmar ended on Friday with no agreement."));

        var file = Assert.Single(new ArticleImporter(ImportFixtures.EmptyKnowledge()).Import(path));

        Assert.StartsWith("not UTF-8 text", file.Error, StringComparison.Ordinal);
    }
}
