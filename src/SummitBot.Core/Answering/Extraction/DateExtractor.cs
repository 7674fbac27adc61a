using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;
using SummitBot.Language.Time;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// Dates: the dates read from the sentence, shown as the calendar dates they mean ("on Friday" in an article of
/// February 12, 2019 is Friday, February 8, 2019), with the source's own words beside a date worked out from them.
/// A date the question itself names ("in 2017") is not an answer to it.
/// </summary>
internal sealed class DateExtractor : IAnswerExtractor
{
    /// <summary>
    /// How well a year worked out from the article's date ("on Wednesday", "next week") answers "what year ...?": one
    /// who asks the year asks of a time the sources give by its year; a day of the reported week rarely is it (the
    /// families' group that "joined the group on Wednesday" is not the year the group was founded, "in 1997").
    /// </summary>
    private const double WorkedOutYearFit = 0.6;

    public AnswerType Type => AnswerType.Date;

    public IEnumerable<AnswerCandidate> Extract(QuestionReading question, Passage passage)
    {
        var dates = passage.Of(AnnotationKind.Date);
        var joined = question.AsksYear ? [] : JoinedDates.Firsts(passage, dates);
        for (var n = 0; n < dates.Count; n++)
        {
            var date = dates[n];
            var words = date.TextIn(passage.Text);
            if (Spans.RepeatsQuestion(words, question, passage.Analyze))
            {
                continue;
            }

            var calendar = CalendarDate.Decode(date.Value);
            if (question.Time is { } asked && calendar is { } when && !asked.Overlaps(when))
            {
                continue;
            }

            if (question.AsksYear)
            {
                if (YearOf(calendar) is { } year)
                {
                    var said = SayYear(words, year);
                    yield return new AnswerCandidate(passage, Type, said, date.Start, date.End, said.Length == 4 ? 1.0 : WorkedOutYearFit) { Note = $"year {year}" };
                }

                continue;
            }

            // "What date is the friendly?" and "a friendly next month": the month is no date; a day is asked.
            if (question.AsksDay && calendar is { Grain: not (DateGrain.Day or DateGrain.Days) })
            {
                continue;
            }

            var fit = calendar is null ? 0.8 : calendar.Value.Grain is DateGrain.Year or DateGrain.Decade ? 0.7 : 1.0;
            var part = joined.Contains(n) || joined.Contains(n - 1);
            yield return new AnswerCandidate(passage, Type, Say(words, calendar), date.Start, date.End, fit * (part ? JoinedDates.Part : 1.0)) { Note = calendar is null ? "date (not on the calendar)" : $"date {calendar.Value.Encode()}", Calendar = calendar };

            // "in May and again in November": the two together, as one answer spanning both.
            if (joined.Contains(n) && CalendarDate.Decode(dates[n + 1].Value) is { } second && (question.Time is not { } within || within.Overlaps(second)))
            {
                var both = Say(words, calendar) + " and " + Say(dates[n + 1].TextIn(passage.Text), second);
                var span = new CalendarDate(calendar!.Value.From, second.To, calendar.Value.Grain);
                yield return new AnswerCandidate(passage, Type, both, date.Start, dates[n + 1].End, fit) { Note = $"dates {calendar.Value.Encode()} and {second.Encode()}", Calendar = span };
            }
        }

        if (!question.AsksYear)
        {
            // "in two weeks" says how long until, not the date a "what date" question asks.
            foreach (var until in question.AsksDay ? [] : TimesUntil(passage))
            {
                yield return until;
            }

            // "The opening came four days before Moon is due to fly": the clause's day, from the lead's.
            if (DateOfReferredEvent.In(passage, Type) is { } referred)
            {
                yield return referred;
            }
        }
    }

    /// <summary>
    /// "agreed to return to Stockholm in two weeks": when, said as the time until it, from a day the sentence does not
    /// always give (the day it was said, not the article's). Given in the source's words, off the calendar.
    /// </summary>
    private IEnumerable<AnswerCandidate> TimesUntil(Passage passage)
    {
        foreach (var duration in passage.Of(AnnotationKind.Duration))
        {
            var before = passage.Text[..duration.Start].TrimEnd();
            if (before.EndsWith(" in", StringComparison.OrdinalIgnoreCase) && DurationExtractor.Until(passage.Text, duration.Start, duration.End))
            {
                var start = before.Length - 2;
                yield return new AnswerCandidate(passage, Type, passage.Text[start..duration.End], start, duration.End, 0.8) { Note = "time until (not on the calendar)" };
            }
        }
    }

    /// <summary>
    /// The one year a date falls in, worked out against the article's date for "on Tuesday" or "last month"; none for a
    /// date off the calendar or one that spans years ("before March 2019"): the year asked cannot be told from it.
    /// </summary>
    private static int? YearOf(CalendarDate? calendar) =>
        calendar is { } date && date.From != DateOnly.MinValue && date.To != DateOnly.MaxValue && date.From.Year == date.To.Year ? date.From.Year : null;

    /// <summary>"2019" for "in 2019" or "June 2019"; "2019 (“on Tuesday”)" when the year was worked out from the article's date.</summary>
    private static string SayYear(string words, int year)
    {
        var shown = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return words.Contains(shown, StringComparison.Ordinal) ? shown : $"{shown} (\u201C{words}\u201D)";
    }

    /// <summary>"February 27 and 28" as written when it is already a date; "Friday, February 8, 2019 (“on Friday”)" when it was relative.</summary>
    internal static string Say(string words, CalendarDate? calendar)
    {
        if (calendar is not { } date)
        {
            return words;
        }

        var shown = date.Display();
        var written = words.Any(char.IsDigit) && date.Grain is DateGrain.Day or DateGrain.Days or DateGrain.Month or DateGrain.Year or DateGrain.Decade;
        return written ? $"{words} ({shown})" is var both && shown.Contains(words, StringComparison.OrdinalIgnoreCase) ? shown : both : $"{shown} (\u201C{words}\u201D)";
    }
}
