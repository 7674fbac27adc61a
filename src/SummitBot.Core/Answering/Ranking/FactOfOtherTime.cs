using SummitBot.Answering.Questions;
using SummitBot.Knowledge;
using SummitBot.Language.Time;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "How many missiles has North Korea launched this year?" and a hand-written fact "In 2017, Kim oversaw 21 ballistic
/// missile tests": a fact whose own words name a year or month (written with digits) and none within the time the
/// question asks is a fact of another time, as a passage of that time is for an answer from text (<see cref="TimeAsked"/>).
/// </summary>
internal static class FactOfOtherTime
{
    public static bool Is(QuestionReading question, Fact fact, AnsweringModel model)
    {
        if (question.Time is not { } asked)
        {
            return false;
        }

        var dates = Written.GetValue(fact, f => [.. DatesWritten(f.Says, model), .. DatesWritten(f.Passage, model)]);
        return !dates.Any(said => said.Overlaps(asked)) && dates.Any(said => said.Grain is DateGrain.Year or DateGrain.Month or DateGrain.Decade);
    }

    /// <summary>
    /// Each fact's dates, read once: a fact belongs to one knowledge snapshot (whose story date reads a date without its
    /// year), and the table lets it go with the snapshot.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Fact, List<CalendarDate>> Written = [];

    /// <summary>The dates a text writes with digits ("in 2017", "March 2018"); words of relative time are the source's own and not read here.</summary>
    private static List<CalendarDate> DatesWritten(string text, AnsweringModel model)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var sentence = new Language.Reading.ReadSentence(0, 0, 0, text);
        new DateReader(model.StoryDate).Read(sentence);
        return sentence.Annotations
            .Where(a => a.Kind == Language.Reading.AnnotationKind.Date && a.TextIn(text).Any(char.IsDigit))
            .Select(a => CalendarDate.Decode(a.Value))
            .OfType<CalendarDate>()
            .ToList();
    }
}
