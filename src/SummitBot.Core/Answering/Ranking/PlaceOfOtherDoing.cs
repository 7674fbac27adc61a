using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Where does he live?" and "his son studied in France and lives in Macau": a sentence that tells two doings has a
/// place for each, and the place of the doing asked is the one after its own verb. A place right after another verb and
/// its preposition ("studied in France"), in a sentence with another place after the asked verb, is where something
/// else was done.
/// </summary>
internal static class PlaceOfOtherDoing
{
    /// <summary>How much of its fit a place keeps that is of another doing in the sentence.</summary>
    private const double OtherDoing = 0.5;

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "in", "at", "on", "to", "into", "from", "near", "inside", "outside" };

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type != Answering.AnswerType.Place || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        // The question's words that may be its verb ("work" is a noun as well): a sentence's word before a preposition and
        // a place that matches one is that verb. (Which words may be verbs is read once with the question.)
        var verbs = question.Terms.Where(t => t.Role == TermRole.Content && question.MayBeVerbs.Contains(t.Word.ToLowerInvariant())).ToList();
        var at = GoverningVerb(passage, candidate.Start, surely: true);
        if (at < 0 || verbs.Any(v => v.IsIn(passage.Analysis.TokenStems[at])))
        {
            return 1.0;
        }

        if (InClauseApart(question, passage, at))
        {
            return OtherDoing;
        }

        // Another place of the sentence after the asked verb ("lives in Macau"): this one is of the other doing.
        foreach (var place in passage.Of(Language.Reading.AnnotationKind.Place))
        {
            if (place.Start != candidate.Start && ((GoverningVerb(passage, place.Start, surely: false) is >= 0 and var other && verbs.Any(v => v.IsIn(passage.Analysis.TokenStems[other])))
                || InAskedVerbsPhrase(passage, place.Start, verbs)))
            {
                return OtherDoing;
            }
        }

        return 1.0;
    }

    /// <summary>
    /// The token of the verb that governs the place at <paramref name="start"/> through a preposition ("studied in
    /// France", "lives mostly in Macau"), or -1. When <paramref name="surely"/>, only a word that is surely a verb (a
    /// past form, or no noun at all), so "talks in Hanoi" and "a visit to Beijing" have none; otherwise any word but a
    /// function word (the asked verb, "works in", may be a noun's form as well).
    /// </summary>
    private static int GoverningVerb(Retrieval.Passage passage, int start, bool surely)
    {
        var tokens = passage.Analysis.Tokens;
        var i = tokens.FindIndex(t => t.Start >= start) - 1;
        if (i > 0 && tokens[i].Text.ToLowerInvariant() is "the" or "a" or "an")
        {
            i--;
        }

        // "landed at Pyongyang's Sunan airport": the possessor stands between the preposition and the place.
        if (i > 1 && tokens[i].Kind == Language.TokenKind.Possessive)
        {
            i -= 2;
        }

        if (i < 1 || !Prepositions.Contains(tokens[i].Text.ToLowerInvariant()))
        {
            return -1;
        }

        i--;
        if (i > 0 && tokens[i].Text.EndsWith("ly", StringComparison.Ordinal) && tokens[i].Text.Length > 4)
        {
            i--;
        }

        var word = tokens[i].Text.ToLowerInvariant();
        var relations = Language.Relations.WordRelations.Default;
        var verb = surely
            ? relations.IsVerb(word) && (word.EndsWith("ed", StringComparison.Ordinal) || !relations.IsNoun(word))
            : !AfterArticle(tokens, i);
        return verb && !Language.Words.CommonWords.IsFunctionWord(word) ? i : -1;
    }

    /// <summary>How many tokens before a place the asked verb of its phrase may stand ("washed up on a beach on the").</summary>
    private const int PhraseReach = 8;

    /// <summary>
    /// "washed ashore on a beach on the Tarvik headland, ... believed to have sailed from Iceland": a place the asked verb
    /// reaches through its own phrases of place ("on a beach on the ..."), with no comma and no other verb between, is the
    /// asked doing's place, though a noun ("a beach") stands between it and the verb.
    /// </summary>
    private static bool InAskedVerbsPhrase(Retrieval.Passage passage, int start, List<QuestionTerm> verbs)
    {
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var at = tokens.FindIndex(t => t.Start >= start);
        var relations = Language.Relations.WordRelations.Default;
        for (var k = at - 1; k >= 0 && k >= at - PhraseReach; k--)
        {
            var word = tokens[k].Text.ToLowerInvariant();
            if (!tokens[k].IsWord || tokens[k].IsCapitalized)
            {
                return false;
            }

            if (verbs.Any(v => v.IsIn(stems[k])))
            {
                return !AfterArticle(tokens, k);
            }

            // Another verb between ("sailed from"): the place is that verb's.
            if (word.EndsWith("ed", StringComparison.Ordinal) && relations.IsVerb(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>How many words before its verb the word opening a clause of time may stand ("when Moon, 65, landed").</summary>
    private const int ClauseReach = 6;

    /// <summary>
    /// "The speech capped the second day of a visit that began on Tuesday, when Moon landed at the airport": the verb of
    /// the place (<paramref name="verb"/>) opens a clause of time of its own, and the question's words (not its names)
    /// are all told before that clause, so the place is where the clause's doing happened, not the doing asked.
    /// </summary>
    private static bool InClauseApart(QuestionReading question, Retrieval.Passage passage, int verb)
    {
        var tokens = passage.Analysis.Tokens;
        var opener = -1;
        for (var k = verb - 1; k >= 0 && k >= verb - ClauseReach; k--)
        {
            if (tokens[k].Text is "," or ";" or "." or ":")
            {
                break;
            }

            if (tokens[k].Text.ToLowerInvariant() is "when" or "after" or "before" or "while" or "until" or "once")
            {
                opener = k;
                break;
            }
        }

        if (opener < 1)
        {
            return false;
        }

        var asked = question.Terms.Where(t => t.Role is TermRole.Content or TermRole.Event).ToList();
        var stems = passage.Analysis.TokenStems;
        bool Told(int from, int to) => Enumerable.Range(from, to - from).Any(k => tokens[k].IsWord && asked.Any(t => t.IsIn(stems[k])));
        return asked.Count > 0 && Told(0, opener) && !Told(opener, tokens.Count);
    }

    /// <summary>"a small stop in Vietnam": a word one or two after an article is a noun, whatever else it may be.</summary>
    private static bool AfterArticle(List<Language.Token> tokens, int i) =>
        Enumerable.Range(Math.Max(0, i - 2), Math.Min(2, i)).Any(k => tokens[k].Text.ToLowerInvariant() is "a" or "an" or "the");
}
