using SummitBot.Knowledge;
using SummitBot.Tests.Support;

namespace SummitBot.Tests.Knowledge;

public sealed class KnowledgeLoaderTests
{
    [Fact]
    public void LoadsTheSeedArticleWithWhatItsTextSaysOfItself()
    {
        var knowledge = KnowledgeLoader.Load(RepoPaths.Knowledge);

        Assert.Empty(knowledge.Problems);
        var source = Assert.Single(knowledge.Sources.Values);
        Assert.Equal("US, North Korean Envoys to Meet Again Before Second Trump-Kim Summit", source.Title);
        Assert.Equal("The Koreas", source.Section);
        Assert.StartsWith("not named", source.Publisher, StringComparison.Ordinal);
        Assert.StartsWith("not stated", source.Published, StringComparison.Ordinal);
        Assert.DoesNotContain(source.Paragraphs, p => p.Contains("subscribe", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void EveryFactIsAboutAKnownEntityAndQuotesItsSourceWordForWord()
    {
        var knowledge = KnowledgeLoader.Load(RepoPaths.Knowledge);

        Assert.True(knowledge.Facts.Count >= 40);
        Assert.All(knowledge.Facts, fact =>
        {
            Assert.Contains(fact.About, knowledge.Entities.Keys);
            Assert.Contains(knowledge.Sources[fact.SourceId].Paragraphs, p => p.Contains(fact.Passage, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void ABrokenFactsFileIsReportedByNameAndLineAndTheRestIsStillServed()
    {
        var folder = CopyOfKnowledge();
        File.WriteAllText(Path.Combine(folder, "facts", "broken.facts"), string.Join('\n',
            "# a file with mistakes",
            "[fact no-colon]",
            "this line has no key",
            "",
            "[fact wrong-passage]",
            "about: second-summit",
            "asks: place",
            "answer: Bangkok",
            "says: The summit is in Bangkok.",
            "source: envoys-meet-again",
            "passage: The summit will take place in Bangkok."));

        using var answering = new AnsweringHost(folder);
        var answer = answering.Converse("where is the second summit?");

        Assert.Contains(answering.Status.Problems, p => p.ToString().StartsWith("facts/broken.facts:3:", StringComparison.Ordinal));
        Assert.Contains(answering.Status.Problems, p => p.ToString().StartsWith("facts/broken.facts:11:", StringComparison.Ordinal) && p.Message.Contains("not in source", StringComparison.Ordinal));
        Assert.Contains("Hanoi", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bangkok", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AFactOfAnUnknownKindIsReportedByNameAndLineAndTheOtherFactsStillLoad()
    {
        var folder = CopyOfKnowledge();
        var shipped = KnowledgeLoader.Load(folder).Facts.Count;
        File.WriteAllText(Path.Combine(folder, "facts", "kinds.facts"), string.Join('\n',
            "[fact summit-venue]",
            "about: second-summit",
            "asks: venue",
            "answer: Hanoi, Vietnam",
            "says: The second summit will take place in Hanoi, Vietnam.",
            "source: envoys-meet-again",
            "passage: The summit will take place in Hanoi, Vietnam, on February 27 and 28.",
            "",
            "[fact summit-days]",
            "about: second-summit",
            "asks: Date",
            "answer: February 27 and 28",
            "says: The second summit is on February 27 and 28.",
            "source: envoys-meet-again",
            "passage: The summit will take place in Hanoi, Vietnam, on February 27 and 28."));

        var knowledge = KnowledgeLoader.Load(folder);

        var problem = Assert.Single(knowledge.Problems);
        Assert.StartsWith("facts/kinds.facts:3:", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("'asks: venue' is not one of place, date, person, title, number, reason, quote, topic", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("summit-venue", knowledge.FactsById.Keys);
        Assert.Equal(FactKind.Date, knowledge.FactsById["summit-days"].Asks);
        Assert.Equal(shipped + 1, knowledge.Facts.Count);
    }

    [Fact]
    public void ASourceWithoutItsHeaderIsReportedAndLeftOut()
    {
        var folder = CopyOfKnowledge();
        File.WriteAllText(Path.Combine(folder, "sources", "headless.txt"), "Just some text with no header.\n");

        var knowledge = KnowledgeLoader.Load(folder);

        Assert.Contains(knowledge.Problems, p => p.File == "sources/headless.txt" && p.Line == 1);
        Assert.Single(knowledge.Sources);
    }

    [Fact]
    public void ALinkLeadingOutOfTheKnowledgeFolderIsNotRead()
    {
        var folder = CopyOfKnowledge();
        var outside = Path.Combine(RepoPaths.NewTempFolder("outside"), "secret.txt");
        File.WriteAllText(outside, "title: secret\n---\nThe password is hunter2.\n");
        File.CreateSymbolicLink(Path.Combine(folder, "sources", "linked.txt"), outside);

        var knowledge = KnowledgeLoader.Load(folder);

        Assert.Contains(knowledge.Problems, p => p.File.EndsWith("linked.txt", StringComparison.Ordinal));
        Assert.DoesNotContain(knowledge.Sources.Values, s => s.Paragraphs.Any(p => p.Contains("hunter2", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheSameFilesGiveTheSameFingerprintAndAnEditChangesIt()
    {
        var folder = CopyOfKnowledge();
        var before = KnowledgeLoader.Load(folder).Fingerprint;
        Assert.Equal(before, KnowledgeLoader.Load(folder).Fingerprint);

        File.AppendAllText(Path.Combine(folder, "synonyms.txt"), "\nhanoi, ha noi\n");
        Assert.NotEqual(before, KnowledgeLoader.Load(folder).Fingerprint);
    }

    internal static string CopyOfKnowledge()
    {
        var target = RepoPaths.NewTempFolder("knowledge");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Knowledge, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(RepoPaths.Knowledge, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }
}
