using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language.Reading;
using SummitBot.Language.Time;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "How much did they export in 2016?" and "exports fell to about $195 million in 2018 from $1.65 billion two years
/// earlier": a sentence may give a figure for each of several times, each followed by its own date. A figure whose own
/// date is another time than the one asked is that time's figure, though the sentence names the asked time too. A
/// figure with no date after it is dated by a date that opens the sentence ("Last year ..., up from 120 in 2016").
/// </summary>
internal static class AmountOfOtherTime
{
    /// <summary>How much of its fit a figure keeps whose own date is another time than the one asked.</summary>
    private const double OtherTime = 0.3;

    /// <summary>How many characters may stand between a figure and its own date: " in ", " a year ", " by ".</summary>
    private const int Reach = 8;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Time is not { } asked || question.Type is not (AnswerType.Amount or AnswerType.Number) || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        foreach (var own in passage.Of(AnnotationKind.Date))
        {
            if (own.Start >= candidate.End && own.Start - candidate.End <= Reach && OnlySmallWords(passage.Text[candidate.End..own.Start]))
            {
                return CalendarDate.Decode(own.Value) is { } said && !said.Overlaps(asked) && !SameWords(question, own.TextIn(passage.Text)) ? OtherTime : 1.0;
            }
        }

        return OpeningTime(passage) is { } opening && CalendarDate.Decode(opening.Value) is { } time && !time.Overlaps(asked)
            && !SameWords(question, opening.TextIn(passage.Text)) && NamesAsked(passage, asked, opening)
            ? OtherTime
            : 1.0;
    }

    /// <summary>
    /// "Last year the port turned away 310 ships, up from 120 in 2016": a date that opens the sentence ("Last year",
    /// "In 2018,") dates its main clause, so a figure with no date of its own after it is that time's; asked of 2016,
    /// which the sentence names for the other figure, the 310 is last year's. Null when the sentence opens otherwise.
    /// </summary>
    private static Annotation? OpeningTime(Retrieval.Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        var first = tokens.Count > 1 && tokens[0].Text.ToLowerInvariant() is "in" or "during" ? 1 : 0;
        return tokens.Count == 0 ? null : passage.Of(AnnotationKind.Date).Where(d => d.Start == tokens[first].Start).Select(d => (Annotation?)d).FirstOrDefault();
    }

    /// <summary>Whether the sentence names the asked time with another of its dates than <paramref name="opening"/>.</summary>
    private static bool NamesAsked(Retrieval.Passage passage, CalendarDate asked, Annotation opening) =>
        passage.Of(AnnotationKind.Date).Any(d => d.Start != opening.Start && CalendarDate.Decode(d.Value) is { } said && said.Overlaps(asked));

    /// <summary>
    /// "How many troops took part last year?" and "50,000 troops last year": a time said relative to now in the asker's
    /// words is the source's own "last year" (as <see cref="Ranker"/> reads the passage's time), though read from
    /// another day.
    /// </summary>
    private static bool SameWords(QuestionReading question, string said) =>
        question.TimeSaid is { } asked && !asked.Any(char.IsDigit) && string.Equals(asked, said, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the words between a figure and a date are at most one small word ("in", "by"), no comma or clause.</summary>
    private static bool OnlySmallWords(string between)
    {
        var words = between.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 1 && words.All(w => w.All(char.IsLetter) && w.Length <= 3);
    }
}
