using SummitBot.Language;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "How many ferries sailed this year?" then "and how many last year?": a follow-up that asks "how many" or "how much"
/// again and names only another time is the last question, of that time. Spelt as a bare ellipsis it kept the last
/// question's "this year", and the count of this year answered for last year's.
/// </summary>
internal static class OtherTime
{
    /// <summary>Words that place a time relative to now or to the story ("last year", "this month", "next week").</summary>
    private static readonly HashSet<string> Deictic = new(StringComparer.Ordinal) { "last", "this", "next", "that", "previous" };

    /// <summary>Nouns of a span of time that such a word places.</summary>
    private static readonly HashSet<string> Spans = new(StringComparer.Ordinal) { "year", "month", "week", "season", "quarter", "decade" };

    /// <summary>The last question asked of the follow-up's time, or null when the follow-up is not a time alone.</summary>
    public static string? Of(List<string> words, string last)
    {
        var how = words.IndexOf("how");
        if (how < 0 || how + 2 >= words.Count || words[how + 1] is not ("many" or "much") || !IsTime(words[(how + 2)..]))
        {
            return null;
        }

        var tokens = Tokenizer.Tokenize(last);
        if (tokens.Count < 3 || !tokens[0].Is("how") || !tokens[1].Is(words[how + 1]))
        {
            return null;
        }

        var time = string.Join(' ', words[(how + 2)..]);
        return Span(tokens) is { } span
            ? string.Concat(last.AsSpan(0, span.Start), time, last.AsSpan(span.End))
            : last.TrimEnd('?', '.', ' ') + " " + time + "?";
    }

    /// <summary>
    /// "How many boats were seized last year?" then "and in 2016?": the last question with the follow-up's time in place
    /// of its own, or null when the follow-up is not a time alone or the last question names no time. Joined as a
    /// modifier it read "... seized last year in 2016?", and last year's count answered for 2016's.
    /// </summary>
    public static string? InPlaceOf(string about, string last)
    {
        var words = Tokenizer.Tokenize(about).Where(t => t.IsWord || t.Kind == TokenKind.Number).Select(t => t.Text.ToLowerInvariant()).ToList();
        if (!IsTime(words) || Span(Tokenizer.Tokenize(last)) is not { } span)
        {
            return null;
        }

        // A bare "2016" put where "last year" stood takes the "in" a year needs in a question.
        var time = words.Count == 1 && IsYear(words[0]) ? "in " + about.Trim() : about.Trim();
        return string.Concat(last.AsSpan(0, span.Start), time, last.AsSpan(span.End));
    }

    /// <summary>"last year", "this month", "in 2016", "2016": a time alone.</summary>
    private static bool IsTime(List<string> words) =>
        words.Count == 2 && Deictic.Contains(words[0]) && Spans.Contains(words[1])
        || words.Count is 1 or 2 && IsYear(words[^1]) && (words.Count == 1 || words[0] is "in" or "during");

    private static bool IsYear(string word) => word.Length == 4 && word.All(char.IsDigit);

    /// <summary>Where the last question names its own time, to put the new one in its place; null when it names none.</summary>
    private static (int Start, int End)? Span(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text.ToLowerInvariant();
            if (i + 1 < tokens.Count && Deictic.Contains(word) && Spans.Contains(tokens[i + 1].Text.ToLowerInvariant()))
            {
                return (tokens[i].Start, tokens[i + 1].End);
            }

            if (IsYear(tokens[i].Text))
            {
                var start = i > 0 && tokens[i - 1].Text.ToLowerInvariant() is "in" or "during" ? tokens[i - 1].Start : tokens[i].Start;
                return (start, tokens[i].End);
            }
        }

        return null;
    }
}
