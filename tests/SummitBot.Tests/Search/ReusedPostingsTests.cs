using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging.Abstractions;
using SummitBot.Knowledge;
using SummitBot.Search;
using SummitBot.Tests.Support;

namespace SummitBot.Tests.Search;

/// <summary>
/// Retrieval's term queries read postings through enumerators kept from one search to the next: every search must
/// find and score exactly what Lucene's own term queries do, however many searches came before on the thread.
/// </summary>
public sealed class ReusedPostingsTests
{
    private static readonly string[] Questions =
    [
        "where is the second summit between Trump and Kim",
        "who is Stephen Biegun and who does he meet",
        "when did the envoys meet in Pyongyang",
        "what did Pompeo say about denuclearization talks",
    ];

    [Fact]
    public void ReusedPostingsScoreExactlyAsLuceneDoes()
    {
        using var snapshot = KnowledgeIndexBuilder.Open(KnowledgeLoader.Load(RepoPaths.Knowledge), RepoPaths.NewTempFolder("index"), NullLogger.Instance);

        // Twice round, so the second round's searches reuse enumerators the first round's (other questions') left.
        for (var round = 0; round < 2; round++)
        {
            foreach (var question in Questions)
            {
                var lucene = snapshot.SearchSentences(Query(snapshot, question, (field, stem) => new TermQuery(new Term(field, stem))), 25);
                var reused = snapshot.SearchSentences(Query(snapshot, question, snapshot.TermQuery), 25);

                Assert.NotEmpty(lucene);
                Assert.Equal(lucene.Select(h => (h.Text, h.Score)), reused.Select(h => (h.Text, h.Score)));
            }
        }
    }

    [Fact]
    public void SearchesOnManyThreadsAtOnceEachGetTheirOwnPostings()
    {
        using var snapshot = KnowledgeIndexBuilder.Open(KnowledgeLoader.Load(RepoPaths.Knowledge), RepoPaths.NewTempFolder("index"), NullLogger.Instance);
        var expected = Questions.ToDictionary(q => q, q => Scores(snapshot.SearchSentences(Query(snapshot, q, (field, stem) => new TermQuery(new Term(field, stem))), 25)));

        var mismatches = 0;
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var question = Questions[i % Questions.Length];
            if (Scores(snapshot.SearchSentences(Query(snapshot, question, snapshot.TermQuery), 25)) != expected[question])
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        Assert.Equal(0, mismatches);
    }

    private static string Scores(IEnumerable<SentenceHit> hits) => string.Join('|', hits.Select(h => $"{h.Text}:{h.Score:R}"));

    /// <summary>Each word in the sentence, its context and the sentence before, as retrieval asks for it.</summary>
    private static BooleanQuery Query(KnowledgeSnapshot snapshot, string words, Func<string, string, TermQuery> clause)
    {
        var query = new BooleanQuery();
        foreach (var stem in snapshot.Analyzer.Terms(words).Distinct())
        {
            foreach (var (field, share) in new[] { (IndexSchema.Text, 1f), (IndexSchema.Context, 0.7f), (IndexSchema.Near, 0.3f) })
            {
                var term = clause(field, stem);
                term.Boost = share * (float)Math.Log(1 + (snapshot.DocumentCount / (double)(snapshot.DocumentFrequency(stem) + 1)));
                query.Add(term, Occur.SHOULD);
            }
        }

        return query;
    }
}
