using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging.Abstractions;
using SummitBot.Knowledge;
using SummitBot.Search;
using SummitBot.Tests.Knowledge;
using SummitBot.Tests.Support;

namespace SummitBot.Tests.Search;

/// <summary>
/// A question's scope in an archive of other stories: the sources it is about, with the statistics an index of those
/// sources alone would have, so noise changes neither what is retrieved nor how it scores.
/// </summary>
public sealed class SearchScopeTests
{
    [Fact]
    public void AScopeScoresAsAnIndexOfItsSourcesAloneWould()
    {
        // The shipped article among 60 of another story that share its common words ("summit", "meet", "talks").
        var archive = KnowledgeLoaderTests.CopyOfKnowledge();
        for (var n = 0; n < 60; n++)
        {
            File.WriteAllText(Path.Combine(archive, "sources", $"other-{n:D2}.txt"), $"""
                title: Envoys of Corvalia and Drenmark to Meet Before Summit {n}
                ---
                Special Envoy Aldo Verrin{n} will meet his counterpart in Kestrel{n} before the summit between the two countries.

                The talks are expected to focus on fishing rights, officials said.
                """);
        }

        using var noisy = KnowledgeIndexBuilder.Open(KnowledgeLoader.Load(archive), RepoPaths.NewTempFolder("index"), NullLogger.Instance);
        using var alone = KnowledgeIndexBuilder.Open(KnowledgeLoader.Load(RepoPaths.Knowledge), RepoPaths.NewTempFolder("index"), NullLogger.Instance);
        var query = Probe(noisy, "Biegun Pyongyang summit meet talks");

        var scope = noisy.Scope(query, sources: 40, depth: 200);
        var whole = alone.Scope(query, sources: 40, depth: 200);

        Assert.False(scope.IsWhole);
        Assert.True(whole.IsWhole);
        Assert.Equal(["envoys-meet-again"], scope.SourceIds());
        Assert.Equal(alone.DocumentCount, scope.DocumentCount);
        foreach (var word in new[] { "summit", "meet", "talks", "Biegun", "Pyongyang", "Hanoi" })
        {
            var stem = noisy.Analyzer.Terms(word)[0];
            Assert.Equal(alone.DocumentFrequency(stem), scope.DocumentFrequency(stem));
        }

        Assert.True(noisy.DocumentFrequency(noisy.Analyzer.Terms("summit")[0]) > scope.DocumentFrequency(noisy.Analyzer.Terms("summit")[0]) + 50);

        var inScope = scope.SearchSentences(query, 10);
        var inAlone = alone.SearchSentences(query, 10);
        Assert.Equal(inAlone.Select(h => (h.Text, h.Score)), inScope.Select(h => (h.Text, h.Score)));
        Assert.NotEqual(inAlone.Select(h => h.Score), noisy.SearchSentences(query, 10).Select(h => h.Score));
    }

    [Fact]
    public void AQuestionWithNoDistinctiveWordIsScopedByTheSourcesOfItsBestSentences()
    {
        var archive = KnowledgeLoaderTests.CopyOfKnowledge();
        for (var n = 0; n < 60; n++)
        {
            File.WriteAllText(Path.Combine(archive, "sources", $"other-{n:D2}.txt"), $"title: Other {n}\n---\nThe summit will take place in Kestrel{n}.\n\nThe talks went on.\n");
        }

        using var noisy = KnowledgeIndexBuilder.Open(KnowledgeLoader.Load(archive), RepoPaths.NewTempFolder("index"), NullLogger.Instance);
        var scope = noisy.Scope(Probe(noisy, "summit talks"), sources: 5, depth: 50);

        Assert.Equal(5, scope.Sources);
        Assert.All(scope.SearchSentences(Probe(noisy, "summit talks"), 20), h => Assert.Contains(h.SourceId, scope.SourceIds()));
    }

    [Fact]
    public void AScopeOfOneArticleWeighsTheStorysCommonWordsAsTheStorysOtherArticlesDo()
    {
        // One article alone has all of the question's rare words; six others of the story share only the less rare
        // one (too little to be searched: below half the best source's weight) and its common word.
        var archive = KnowledgeLoaderTests.CopyOfKnowledge();
        for (var n = 0; n < 60; n++)
        {
            File.WriteAllText(Path.Combine(archive, "sources", $"other-{n:D2}.txt"), $"title: Other {n}\n---\nFishing rights were discussed in Kestrel{n}.\n\nThe envoys went home.\n");
        }

        File.WriteAllText(Path.Combine(archive, "sources", "press.txt"), "title: Press at the Meeting\n---\nAbout 3,000 journalists had registered to cover the meeting.\n\nThe summit opened on Wednesday.\n");
        for (var n = 0; n < 6; n++)
        {
            File.WriteAllText(Path.Combine(archive, "sources", $"story-{n}.txt"), $"title: Story {n}\n---\nJournalists watched the summit in Corvo{n} end early.\n\nOfficials left on Friday.\n");
        }

        using var noisy = KnowledgeIndexBuilder.Open(KnowledgeLoader.Load(archive), RepoPaths.NewTempFolder("index"), NullLogger.Instance);
        var query = Probe(noisy, "journalists registered summit");
        var scope = noisy.Scope(query, sources: 40, depth: 200);
        var summit = noisy.Analyzer.Terms("summit")[0];
        var registered = noisy.Analyzer.Terms("registered")[0];

        Assert.Equal(["press"], scope.SourceIds());
        Assert.All(scope.SearchSentences(query, 10), h => Assert.Equal("press", h.SourceId));
        Assert.True(scope.DocumentFrequency(summit) >= 7, $"summit in {scope.DocumentFrequency(summit)} documents");
        Assert.True(scope.Weight(summit) < 0.6 * scope.Weight(registered), $"summit {scope.Weight(summit):F2}, registered {scope.Weight(registered):F2}");
    }

    /// <summary>A retrieval query as answering builds one: each analyzed word in a sentence's text, weighted by its rarity.</summary>
    private static BooleanQuery Probe(KnowledgeSnapshot snapshot, string words)
    {
        var query = new BooleanQuery();
        foreach (var stem in snapshot.Analyzer.Terms(words).Distinct())
        {
            var weight = (float)Math.Log(1 + (snapshot.DocumentCount / (double)(snapshot.DocumentFrequency(stem) + 1)));
            query.Add(new TermQuery(new Term(IndexSchema.Text, stem)) { Boost = weight }, Occur.SHOULD);
        }

        return query;
    }
}
