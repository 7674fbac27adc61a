using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When did the work start?" and "The report, published on Tuesday, said the work started in early March": a date in
/// an aside set off by commas that opens with a verb of its own ("published on Tuesday", "which was signed in May") is
/// the time of that verb, said of a noun in passing. When the sentence has another date outside the aside and the
/// question's words are outside it too, the other date is the asked deed's; the aside's is of something else. A date in
/// a joined clause of another deed (", and on Sunday he handed ...", see <see cref="DateOfOtherClause"/>) is no rival.
/// </summary>
internal static class DateInAside
{
    /// <summary>How much of its fit a date keeps that is the time of an aside's own verb.</summary>
    private const double Aside = 0.5;

    /// <summary>How much of its fit a date keeps that dates the participle opening the sentence, not what it says.</summary>
    private const double OpeningParticiple = 0.3;

    /// <summary>Past participles not made with "-ed" that open an aside ("held", "taken", "written").</summary>
    private static readonly HashSet<string> IrregularParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "held", "made", "taken", "given", "written", "seen", "shown", "sent", "built", "signed", "begun", "known", "drawn", "brought", "found",
    };

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type is not (AnswerType.Date or AnswerType.ClockTime) || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var at = tokens.FindIndex(t => t.Start >= candidate.Start);
        if (at >= 0 && OfOpeningParticiple(question, passage, at))
        {
            return OpeningParticiple;
        }

        if (at < 0 || AsideAround(tokens, at) is not var (from, to))
        {
            return 1.0;
        }

        // The question's words: none in the aside (it is not what is asked about), some outside it.
        var stems = passage.Analysis.TokenStems;
        var asked = question.Terms.Where(t => t.Role is TermRole.Content or TermRole.Event).ToList();
        bool InAside(int i) => i >= from && i < to;
        var found = Enumerable.Range(0, tokens.Count).Where(i => asked.Any(t => t.IsIn(stems[i]))).ToList();
        if (asked.Count == 0 || found.Count == 0 || found.Any(InAside) || SinceOfAskedNoun(question, passage, from, at))
        {
            return 1.0;
        }

        var otherDate = passage.Of(question.Type == AnswerType.ClockTime ? AnnotationKind.ClockTime : AnnotationKind.Date)
            .Any(d => tokens.FindIndex(t => t.Start >= d.Start) is var k && k >= 0 && !InAside(k) && !DateOfOtherClause.OfOtherDeed(question, passage, k));
        return otherDate ? Aside : 1.0;
    }

    /// <summary>
    /// "Since when has the ferry run?" and "The ferry, operated by the island council since 1994, carries 300 people a
    /// day": an aside said of the question's own noun (the word before its comma) that gives a "since" date tells the
    /// stretch a "since when" question asks of that noun, whatever its verb; the sentence's other date is no rival. The
    /// aside opens at <paramref name="from"/>, its comma or the word after it.
    /// </summary>
    internal static bool SinceOfAskedNoun(QuestionReading question, Retrieval.Passage passage, int from, int at)
    {
        var tokens = passage.Analysis.Tokens;
        var comma = from < tokens.Count && tokens[from].Text == "," ? from : from - 1;
        if (!question.LowerWords.Contains("since") || comma < 1 || at <= from || tokens[comma].Text != ",")
        {
            return false;
        }

        var since = Enumerable.Range(from, at - from).Any(i => tokens[i].Is("since"));
        var noun = passage.Analysis.TokenStems[comma - 1];
        return since && question.Terms.Any(t => t.Role == TermRole.Content && t.IsIn(noun));
    }

    /// <summary>
    /// "Images taken on March 2 of the launch site show workers restoring ...": a sentence that opens with a noun and a
    /// past participle dates the participle ("taken"), the subject's making, not what the sentence says of it. Unless
    /// the participle is the question's own verb ("when were the images taken?").
    /// </summary>
    private static bool OfOpeningParticiple(QuestionReading question, Retrieval.Passage passage, int at)
    {
        var tokens = passage.Analysis.Tokens;
        var participle = at - 2;
        if (participle < 1 || participle > 3 || tokens[at - 1].Text is not ("on" or "in" or "at") || !IsParticiple(tokens[participle].Text))
        {
            return false;
        }

        for (var i = 0; i < participle; i++)
        {
            if (!tokens[i].IsWord || Language.Words.CommonWords.IsFunctionWord(tokens[i].Text))
            {
                return false;
            }
        }

        // The question's own words, light verbs too ("taken" is no word a passage must have, but it is what is asked).
        var word = tokens[participle].Text.ToLowerInvariant();
        return !question.Terms.Any(t => t.IsIn(passage.Analysis.TokenStems[participle])) && !question.LowerWords.Contains(word);
    }

    /// <summary>
    /// The tokens [from, to) of the aside around <paramref name="at"/>: a stretch between two commas, after a word, that
    /// opens with a past participle ("published on Tuesday") or "which"/"who" and a verb; null if the date is in none.
    /// </summary>
    private static (int From, int To)? AsideAround(List<Token> tokens, int at)
    {
        var from = at;
        while (from > 0 && tokens[from - 1].Text != ",")
        {
            from--;
        }

        var to = at;
        while (to < tokens.Count && tokens[to].Text != ",")
        {
            to++;
        }

        if (from < 2 || to >= tokens.Count || !tokens[from - 2].IsWord || to - from < 2)
        {
            return null;
        }

        var first = tokens[from].Text;
        var opens = first.ToLowerInvariant() is "which" or "who" || IsParticiple(first);
        return opens ? (from, to) : null;
    }

    /// <summary>"published", "released", "taken": a lower-case past participle of a verb.</summary>
    private static bool IsParticiple(string word) =>
        word.Length > 3 && char.IsLower(word[0])
        && ((word.EndsWith("ed", StringComparison.Ordinal) && Language.Relations.WordRelations.Default.IsVerb(word)) || IrregularParticiples.Contains(word));
}
