namespace SummitBot.Tests.Specs;

/// <summary>
/// quantities.txt: numbers and what they count or measure (money and its currency, units, lengths of time, ranges),
/// as the article reader finds them, one test per case.
/// </summary>
public sealed class QuantitySpecs
{
    private const string File = "quantities.txt";

    public static TheoryData<string> Cases => SpecFile.Ids(File);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string id) => ArticleSpec.Check(SpecFile.Case(File, id));
}
