using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// A length of time said with "for" measures the doing it follows. "The mayor spoke for ten minutes after touring the
/// plant" says how long the mayor spoke, not how long the tour lasted; "the minister flew to Oslo for three days of
/// talks" says how long the stay in Oslo lasted, not how long the flight took.
/// </summary>
internal static class LengthOfOtherDoing
{
    /// <summary>How many words may stand between a verb of going, its "to" and the "for" of the stay ("flew to the port city of Dalian for").</summary>
    private const int PlaceReach = 8;

    /// <summary>
    /// Whether the length starting at token <paramref name="at"/> follows "VERB for" with a verb the question does not
    /// ask of, while the question's own verb stands elsewhere in the sentence ("spoke for ten minutes after touring").
    /// </summary>
    public static bool OfAnotherVerb(QuestionReading question, Passage passage, int at)
    {
        var tokens = passage.Analysis.Tokens;
        if (at < 2 || tokens[at - 1].Text != "for" || !IsVerb(tokens[at - 2]) || Asks(question, passage, at - 2))
        {
            return false;
        }

        var stems = passage.Analysis.TokenStems;
        var verbs = question.Terms.Where(t => t.Role == TermRole.Content && question.MayBeVerbs.Contains(t.Word.ToLowerInvariant())).ToList();
        return Enumerable.Range(0, tokens.Count).Any(i => i != at - 2 && IsVerb(tokens[i]) && !AfterDeterminer(tokens, i) && verbs.Any(t => t.IsIn(stems[i])));
    }

    /// <summary>
    /// "The concert ... ran for two hours": a word after "the", "a" or a possessive is a noun there, the subject the
    /// length is said of, though WordNet knows it as a verb too ("to concert").
    /// </summary>
    private static bool AfterDeterminer(List<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].Text.ToLowerInvariant() is "the" or "a" or "an" or "this" or "its" or "their" or "his" or "her" or "our" or "'s" or "’s";

    /// <summary>
    /// Whether the length starting at token <paramref name="at"/> is the stay after going somewhere ("flew to Oslo for
    /// three days"), where the going is what the question asks of ("how long did the flight take?").
    /// </summary>
    public static bool StayAfterGoing(QuestionReading question, Passage passage, int at)
    {
        var tokens = passage.Analysis.Tokens;
        if (at < 3 || tokens[at - 1].Text != "for")
        {
            return false;
        }

        for (var to = at - 2; to > 0 && to >= at - PlaceReach; to--)
        {
            if (tokens[to].Text is "," or ";")
            {
                return false;
            }

            if (tokens[to].Text == "to")
            {
                var (from, until) = (tokens[to].End, tokens[at - 1].Start);
                var place = passage.Of(AnnotationKind.Place).Any(p => p.Start >= from && p.End <= until);
                return place && IsVerb(tokens[to - 1]) && Asks(question, passage, to - 1);
            }
        }

        return false;
    }

    /// <summary>Whether a question word names the sentence's word at <paramref name="i"/> (by itself, a form or a related word).</summary>
    private static bool Asks(QuestionReading question, Passage passage, int i) =>
        question.Terms.Any(t => t.Role is TermRole.Content or TermRole.Event && t.IsIn(passage.Analysis.TokenStems[i]))
        || question.LowerWords.Contains(passage.Analysis.Tokens[i].Text.ToLowerInvariant());

    /// <summary>A lower-case word WordNet knows as a verb, not a function word ("spoke", "watching", "flew").</summary>
    private static bool IsVerb(Token token) =>
        token.IsWord && !token.IsCapitalized && !Language.Words.CommonWords.IsFunctionWord(token.Text) && Language.Relations.WordRelations.Default.IsVerb(token.Text.ToLowerInvariant());
}
