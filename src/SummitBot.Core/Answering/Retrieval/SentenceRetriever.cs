using Lucene.Net.Search;
using SummitBot.Answering.Questions;
using SummitBot.Search;

namespace SummitBot.Answering.Retrieval;

/// <summary>
/// Finds the sentences most likely to answer a question, with Lucene: each of the question's words in the sentence,
/// in what it refers back to (less) and in the sentence before (less again), weighted by how rare the word is; the
/// words WordNet relates to it count for less; the people the question names by their names. Queries are built from
/// analyzed terms, never parsed.
/// </summary>
internal static class SentenceRetriever
{
    public const int Depth = 25;

    private const float ContextShare = 0.7f;
    private const float NearShare = 0.3f;
    private const float RelatedShare = 0.4f;
    private const float TimeShare = 0.5f;

    public static List<Passage> Retrieve(QuestionReading question, AnsweringModel model, int depth = Depth)
    {
        var query = Query(question, model);
        if (query.Clauses.Count == 0 && FollowUps.OnlyFrom(question) is { } recalled && question.Anchor is { } anchor)
        {
            return Recalled(question, recalled, anchor, model);
        }

        if (query.Clauses.Count == 0)
        {
            return [];
        }

        return Retrieve(question, model, query, depth);
    }

    private static List<Passage> Retrieve(QuestionReading question, AnsweringModel model, BooleanQuery query, int depth = Depth)
    {
        var snapshot = model.Snapshot;
        var hits = question.Scope is { } scope ? scope.SearchSentences(query, depth) : snapshot.SearchSentences(query, depth);
        var passages = new List<Passage>(hits.Count);
        var wordsBeside = WordsBeside(model);
        var opening = Opening(model);
        var sentenceBeside = SentenceBeside(model);
        foreach (var hit in hits)
        {
            if (snapshot.Knowledge.Sources.TryGetValue(hit.SourceId, out var source))
            {
                passages.Add(new Passage(hit, source, passages.Count, model.AnalysisOf(hit), snapshot.Analyzer.Terms, snapshot.SourceNames, wordsBeside, opening, sentenceBeside));
            }
        }

        return passages;
    }

    /// <summary>
    /// A follow-up that names nothing ("and what was the score?") has no word to look for: the sentence the last answer
    /// cited, found by its own words in its own source, is the only one that may answer it.
    /// </summary>
    private static List<Passage> Recalled(QuestionReading question, string recalled, string anchor, AnsweringModel model)
    {
        var query = new BooleanQuery();
        var added = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stem in model.Snapshot.Analyzer.Terms(recalled))
        {
            AddText(model.Snapshot, query, stem, 1f, added);
        }

        if (query.Clauses.Count == 0)
        {
            return [];
        }

        var sought = question with { Terms = [], Recalled = null };
        return [.. Retrieve(sought, model, query).Where(p => p.Hit.SourceId == anchor && p.Text == recalled).Take(1)];
    }

    /// <summary>The words of the sentence before (-1) or after (+1) a hit, from the model's cache of analysed sentences (not analysed again each turn).</summary>
    private static Func<SentenceHit, int, IReadOnlySet<string>?> WordsBeside(AnsweringModel model) =>
        (hit, offset) => model.Snapshot.Neighbour(hit, offset) is { } beside ? model.AnalysisOf(beside).Words : null;

    /// <summary>The paragraph, text and words of the sentence <c>offset</c> sentences from a hit in its source, from the model's cache.</summary>
    private static Func<SentenceHit, int, (int Paragraph, string Text, IReadOnlySet<string> Words)?> SentenceBeside(AnsweringModel model) =>
        (hit, offset) => model.Snapshot.Neighbour(hit, offset) is { } beside ? (beside.Paragraph, beside.Text, model.AnalysisOf(beside).Words) : null;

    /// <summary>The reading of the first sentence of a hit's source (its dateline), from the model's cache.</summary>
    private static Func<SentenceHit, SentenceAnalysis?> Opening(AnsweringModel model) =>
        hit => model.Snapshot.Opening(hit) is { } first ? model.AnalysisOf(first) : null;

    internal static BooleanQuery Query(QuestionReading question, AnsweringModel model)
    {
        var query = new BooleanQuery();
        var added = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in question.Terms)
        {
            Add(model.Snapshot, query, term.Stem, (float)term.Weight, added);
            foreach (var related in term.Related)
            {
                AddText(model.Snapshot, query, related, (float)term.Weight * RelatedShare, added);
            }
        }

        // "What did Trump say on Monday?": the day the question names by its name is not a word a passage must have (a
        // source dates it its own way), but a sentence that says it is likelier of that time, so it is looked for.
        if (question.TimeSaid is { } said && !said.Any(char.IsDigit))
        {
            foreach (var word in said.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (Language.Time.Calendar.IsCalendarWord(word))
                {
                    foreach (var stem in model.Snapshot.Analyzer.Terms(word))
                    {
                        AddText(model.Snapshot, query, stem, (float)model.Weight(stem) * TimeShare, added);
                    }
                }
            }
        }

        foreach (var person in question.People)
        {
            foreach (var candidate in person.Candidates.Take(8))
            {
                foreach (var stem in model.Snapshot.Analyzer.Terms(candidate.Name))
                {
                    Add(model.Snapshot, query, stem, (float)(question.Scope?.Weight(stem) ?? model.Weight(stem)) / person.Candidates.Count, added);
                }
            }
        }

        return query;
    }

    private static void Add(KnowledgeSnapshot snapshot, BooleanQuery query, string stem, float weight, HashSet<string> added)
    {
        if (!added.Add(stem) || query.Clauses.Count > BooleanQuery.MaxClauseCount - 3)
        {
            return;
        }

        query.Add(Clause(snapshot, IndexSchema.Text, stem, weight), Occur.SHOULD);
        query.Add(Clause(snapshot, IndexSchema.Context, stem, weight * ContextShare), Occur.SHOULD);
        query.Add(Clause(snapshot, IndexSchema.Near, stem, weight * NearShare), Occur.SHOULD);
    }

    /// <summary>A related word in the sentence's own text only.</summary>
    private static void AddText(KnowledgeSnapshot snapshot, BooleanQuery query, string stem, float weight, HashSet<string> added)
    {
        if (!added.Add(stem) || query.Clauses.Count > BooleanQuery.MaxClauseCount - 3)
        {
            return;
        }

        query.Add(Clause(snapshot, IndexSchema.Text, stem, weight), Occur.SHOULD);
    }

    private static TermQuery Clause(KnowledgeSnapshot snapshot, string field, string stem, float boost)
    {
        var query = snapshot.TermQuery(field, stem);
        query.Boost = boost;
        return query;
    }
}
