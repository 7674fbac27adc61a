using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace SummitBot.Search.Postings;

/// <summary>Lucene's term weight, line for line, but for where its scorer gets its postings (<see cref="PostingsReuse"/>).</summary>
internal sealed class ReusingTermWeight : Weight
{
    private readonly ReusingTermQuery _query;
    private readonly TermContext _states;
    private readonly Similarity _similarity;
    private readonly Similarity.SimWeight _stats;

    public ReusingTermWeight(ReusingTermQuery query, IndexSearcher searcher, TermContext states)
    {
        _query = query;
        _states = states;
        _similarity = searcher.Similarity;
        _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(query.Term.Field), searcher.TermStatistics(query.Term, states));
    }

    public override Query Query => _query;

    public override float GetValueForNormalization() => _stats.GetValueForNormalization();

    public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

    public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
    {
        var state = _states.Get(context.Ord);
        if (state is null)
        {
            return null;
        }

        var docs = PostingsReuse.Docs(context, _query.Term, state, acceptDocs);
        return new ReusedTermScorer(this, docs, _similarity.GetSimScorer(_stats, context));
    }

    public override Explanation Explain(AtomicReaderContext context, int doc)
    {
        if (GetScorer(context, context.AtomicReader.LiveDocs) is { } scorer && scorer.Advance(doc) == doc)
        {
            var simScorer = _similarity.GetSimScorer(_stats, context);
            var score = simScorer.Explain(doc, new Explanation(scorer.Freq, "termFreq=" + scorer.Freq));
            var result = new ComplexExplanation(true, score.Value, $"weight({_query} in {doc}) [{_similarity.GetType().Name}], result of:");
            result.AddDetail(score);
            return result;
        }

        return new ComplexExplanation(false, 0f, "no matching term");
    }

    public override string ToString() => $"weight({_query})";
}
