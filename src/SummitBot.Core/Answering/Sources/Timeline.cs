using System.Globalization;
using SummitBot.Answering.Extraction;

namespace SummitBot.Answering.Sources;

/// <summary>
/// Says when the answer dates from, beside what an earlier report said: "Hanoi [1], as of Monday, February 18, 2019;
/// an earlier report, of February 11, 2019, said Bangkok [2]." An undated report is said to be undated, not placed.
/// </summary>
internal static class Timeline
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static string Say(string answered, AnswerCandidate newest, AnswerCandidate earlier, int earlierMarker)
    {
        var body = answered.TrimEnd('.');
        var asOf = newest.Passage!.Published is { } day ? $", as of {day.ToString("MMMM d, yyyy", English)}" : string.Empty;
        var before = earlier.Passage!.Published is { } then
            ? $"{(newest.Passage.Published is { } now && then > now ? "a later report" : "an earlier report")}, of {then.ToString("MMMM d, yyyy", English)}, said"
            : "another report, whose date is not stated, said";
        return $"{body}{asOf}; {before} {Lower(earlier.Answer.Trim().TrimEnd('.'))} [{earlierMarker}].";
    }

    private static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) && text.Split(' ')[0] is "The" or "A" or "An" or "Because" or "After" or "On" or "In"
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;
}
