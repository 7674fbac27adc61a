namespace SummitBot.Tests.Specs;

/// <summary>
/// reading.txt: what the article reader finds in news sentences (people and their titles, quotes and their speakers,
/// places and their kinds, dates, reasons), one test per case.
/// </summary>
public sealed class ReadingSpecs
{
    private const string File = "reading.txt";

    public static TheoryData<string> Cases => SpecFile.Ids(File);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string id) => ArticleSpec.Check(SpecFile.Case(File, id));
}
