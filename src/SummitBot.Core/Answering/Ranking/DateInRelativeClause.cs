using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When did the seized ship reach port?" and "The Osprey, a tanker that the navy seized last week, reached port on
/// Monday": a date inside a relative clause ("that the navy seized last week", or a participle's: ", seized last week,") is the time of the clause's own verb,
/// said of a noun in passing. When a date follows the clause, outside it (not in a joined clause of another deed, see
/// <see cref="DateOfOtherClause"/>), that one is the sentence's own deed's; the
/// clause's date answers only a question that asks of the clause's verb, not one that merely describes its noun with
/// it ("the seized ship").
/// </summary>
internal static class DateInRelativeClause
{
    /// <summary>How much of its fit a date keeps that is the time of a relative clause's own verb.</summary>
    private const double OfTheClause = 0.5;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type is not (AnswerType.Date or AnswerType.ClockTime) || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var at = tokens.FindIndex(t => t.Start >= candidate.Start);
        if (at < 0 || (ClauseAround(tokens, at) ?? RelativeAside.Closing(tokens, at)) is not var (from, to))
        {
            return 1.0;
        }

        // The question's words among the clause's own (lower-case) words may only describe a noun ("the seized ship"),
        // not ask of the clause's verb; its names may well be the clause's subject ("that the navy seized").
        var stems = passage.Analysis.TokenStems;
        for (var i = from; i < to; i++)
        {
            if (tokens[i].IsWord && !tokens[i].IsCapitalized && question.Terms.Any(t => t.Role is TermRole.Content or TermRole.Event && t.IsIn(stems[i]) && !question.DescribingParticiples.Contains(t.Word.ToLowerInvariant())))
            {
                return 1.0;
            }
        }

        if (DateInAside.Fit(question, candidate) < 1.0 || DateInAside.SinceOfAskedNoun(question, passage, from, at))
        {
            return 1.0;
        }

        if (DeedOutside(question, passage, from, to) && !OfAskedPerson(question, passage, from))
        {
            // "... had been freed after talks led by Ana Ruiz, who met the rebels on Tuesday": the deed asked is told
            // outside the clause, and the clause's date is its own verb's. A clause said of the person asked about
            // ("greeted Abbot Ravnholt, who took charge of the monastery on May 4", asked when he became abbot) may
            // tell the asked deed in other words.
            return OfAnotherVerb;
        }

        var kind = question.Type == AnswerType.ClockTime ? AnnotationKind.ClockTime : AnnotationKind.Date;
        var dateAfter = to < tokens.Count && passage.Of(kind).Any(d => tokens.FindIndex(t => t.Start >= d.Start) is var k && k >= to && !DateOfOtherClause.OfOtherDeed(question, passage, k));
        return dateAfter ? OfTheClause : 1.0;
    }

    /// <summary>How much of its fit a clause's date keeps when the sentence tells the asked deed outside that clause.</summary>
    private const double OfAnotherVerb = 0.3;

    /// <summary>Whether the noun the clause from <paramref name="from"/> is said of (right before it, or before its comma) is a person the question names.</summary>
    private static bool OfAskedPerson(QuestionReading question, Retrieval.Passage passage, int from)
    {
        var tokens = passage.Analysis.Tokens;
        var last = from > 1 && tokens[from - 1].Text == "," ? from - 2 : from - 1;
        return last >= 0 && passage.Of(AnnotationKind.Person).Any(p => p.End == tokens[last].End && Spans.IsAsked(p.Value, question, passage));
    }

    /// <summary>Whether one of the question's verbs (<see cref="AskedDeeds"/>) stands in the sentence outside the tokens [from, to), in lower case.</summary>
    private static bool DeedOutside(QuestionReading question, Retrieval.Passage passage, int from, int to)
    {
        var verbs = AskedDeeds.Of(question);
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        for (var i = 0; i < tokens.Count && verbs.Count > 0; i++)
        {
            if ((i < from || i >= to) && tokens[i].IsWord && !tokens[i].IsCapitalized && verbs.Any(v => v.IsIn(stems[i])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The tokens [from, to) of the relative clause or participle aside the word at <paramref name="at"/> stands in (<see cref="RelativeAside"/>).</summary>
    internal static (int From, int To)? ClauseAround(List<Token> tokens, int at) => RelativeAside.Around(tokens, at);
}
