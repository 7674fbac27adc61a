using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;
using SummitBot.Language.Time;
using SummitBot.Language.Quantities;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "The opening came four days before Moon is due to fly to Pyongyang": a sentence whose subject is an event noun that
/// "came" some days before or after a clause, and gives no date of its own, dates the clause from the event's day. The
/// event is the story's lead ("North and South Korea opened their first joint liaison office on Friday"): when the
/// article's first sentence tells it (the noun's stem) on one day, the clause's deed is that day moved by the days
/// said, the other way ("before" the trip: the trip is four days after). The answer stands on the clause's words.
/// </summary>
internal static class DateOfReferredEvent
{
    /// <summary>How far into the sentence its subject's "came" may stand ("The launch came", "The opening of the office came").</summary>
    private const int Reach = 6;

    public static AnswerCandidate? In(Passage passage, AnswerType type)
    {
        var tokens = passage.Analysis.Tokens;
        var came = tokens.FindIndex(t => t.Text is "came" or "comes");
        if (came < 2 || came > Reach || came + 4 >= tokens.Count || !tokens[0].Is("the")
            || NumberWords.Value(tokens[came + 1].Text, loose: true) is not { } count || count < 1 || count > 60
            || tokens[came + 2].Text.ToLowerInvariant() is not ("day" or "days" or "week" or "weeks")
            || tokens[came + 3].Text.ToLowerInvariant() is not ("before" or "after") || !tokens[came + 4].IsWord
            || passage.Of(AnnotationKind.Date).Any(d => d.Start < tokens[came + 1].Start))
        {
            return null;
        }

        if (LeadDay(passage, passage.Analysis.TokenStems[1]) is not { } lead)
        {
            return null;
        }

        var days = (int)count * (tokens[came + 2].Text.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? 7 : 1);
        var before = tokens[came + 3].Text.Equals("before", StringComparison.OrdinalIgnoreCase);
        var day = lead.AddDays(before ? days : -days);
        var end = came + 4;
        while (end < tokens.Count && tokens[end].Text is not ("," or ";" or "."))
        {
            end++;
        }

        var start = tokens[came + 4].Start;
        var stop = tokens[end - 1].End;
        var calendar = CalendarDate.Day(day);
        // Told from the clause's side: the event came four days before the trip, so the trip is four days after it.
        var said = passage.Text[tokens[came + 1].Start..tokens[came + 2].End] + (before ? " after " : " before ");
        var answer = $"{calendar.Display()} ({said}{passage.Text[tokens[0].Start..tokens[came - 1].End].ToLowerInvariant()}, {CalendarDate.Day(lead).Display()})";
        return new AnswerCandidate(passage, type, answer, start, stop, 1.0) { Note = "date of the clause, from the lead's day", Calendar = calendar };
    }

    /// <summary>The one day the article's first sentence gives (past its dateline, to the day), when it tells the event (<paramref name="noun"/>'s stems); else null.</summary>
    private static DateOnly? LeadDay(Passage passage, string[] noun)
    {
        if (passage.Opening is not { } lead || !noun.Any(lead.Words.Contains) || (passage.Hit.Paragraph == 0 && passage.Hit.Sentence == 0))
        {
            return null;
        }

        var dash = Dateline.DashAt(lead.Tokens);
        var from = dash < 0 ? 0 : lead.Tokens[dash].End;
        // One day told ("on Friday"); a wider time beside it ("more than 70 years ago") is another matter's.
        var days = lead.Of(AnnotationKind.Date).Where(d => d.Start >= from).Select(d => CalendarDate.Decode(d.Value)).Where(d => d is { Grain: DateGrain.Day }).ToList();
        return days is [{ } only] ? only.From : null;
    }
}
