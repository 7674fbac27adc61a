using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Who's covering the delegates' lodging?" and "agreed to meet again in advance of the summit": "covering" is "meet"
/// and "lodging" "advance" only in senses the sentence does not use. Not one of the question's own words there, and one
/// of them a word no source uses at all (which only a related word can match), its matches by related words alone are
/// weak evidence that it tells of the same thing (<see cref="RankingWeights.OnlyRelated"/>). One word of the passage so
/// matched, beside the names asked, is often the plain paraphrase ("meet" of "held their summit", "telephone" of "phone
/// call"); so are two for words the sources use ("talk on the phone" of "had spoken by telephone").
/// Filled term by term while a passage's support is worked out.
/// </summary>
internal sealed class RelatedOnlyMatch
{
    /// <summary>How many of the passage's words, each related to a content word of the question, make its match weak when it has none as asked.</summary>
    private const int MinRelated = 2;

    private readonly HashSet<string> _relatedUsed = new(StringComparer.Ordinal);
    private bool _anyLiteral;
    private bool _unknownByRelated;

    /// <summary>Notes how a content or event word of the question that the passage matched is there: as itself or by a related word.</summary>
    public void Add(QuestionTerm term, Passage passage)
    {
        // Matched otherwise (a verb of saying for "speak", a clause of time told in other words) is a rule's
        // evidence, as good as the word.
        var related = HasLiterally(term, passage) ? null : term.Related.FirstOrDefault(r => passage.Words.Contains(r) || passage.Context.Contains(r) || passage.Near.Contains(r));
        _anyLiteral |= related is null;
        if (related is not null)
        {
            _relatedUsed.Add(related);
            _unknownByRelated |= term.Unknown;
        }
    }

    /// <summary>
    /// Whether the passage matched the question's words only through related words, as above; or, for a question that
    /// names nothing, matched its words by related ones only: "Where is the resort?" of "the Safari Court Hotel in
    /// Windhoek", "who came across the drifting man?" of a quote that the missiles are "not gone". With no name to tie
    /// the sentence to the question, related words are all there is, and they may tell of another thing altogether.
    /// </summary>
    public bool IsWeakFor(QuestionReading question) =>
        !_anyLiteral && _relatedUsed.Count > 0
        && (_relatedUsed.Count >= MinRelated && _unknownByRelated
            || !question.Terms.Any(t => t.Role == TermRole.Name));

    /// <summary>Whether the passage has the term itself (not a related word) in the sentence, what it refers back to, or the sentences beside it.</summary>
    private static bool HasLiterally(QuestionTerm term, Passage passage) =>
        term.Forms.Append(term.Stem).Any(s => passage.Words.Contains(s) || passage.Context.Contains(s) || passage.Near.Contains(s) || passage.Before.Contains(s));
}
