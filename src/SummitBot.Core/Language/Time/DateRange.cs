namespace SummitBot.Language.Time;

/// <summary>
/// "between February 16 and March 2", "from May 1 to May 4": two days that bound one stretch of time are one date, the
/// days from the first to the last, read and quoted whole. Read as two, each end would be an answer of its own to
/// "when did the work start?", and neither alone is what the text says. A date moved ("postponed from May 1 to May 4")
/// is two dates, the old and the new.
/// </summary>
internal static class DateRange
{
    /// <summary>
    /// The range that <paramref name="first"/> opens, from the word before it ("between", "from") to the end of the
    /// date after its joining word ("and", "to", "through", "until"), read by <paramref name="readAt"/> (a date with
    /// its month's name, as the first); null if the
    /// words around it make no range or the second date does not come after the first.
    /// </summary>
    public static DateMatch? Joined(List<Token> tokens, DateMatch first, Func<int, DateMatch?> readAt)
    {
        // Only dates that name their month: two weekdays are each worked out from the published date on their own, and
        // "from Monday until Wednesday" in the past may come out with the Monday after the Wednesday.
        if (first.Start == 0 || first.End + 1 >= tokens.Count || first.Date is not { Grain: DateGrain.Day or DateGrain.Days } from
            || (Calendar.Month(tokens[first.Start].Text) == 0 && tokens[first.Start].Kind != TokenKind.Number))
        {
            return null;
        }

        var opener = tokens[first.Start - 1].Text.ToLowerInvariant();
        var joiner = tokens[first.End].Text.ToLowerInvariant();
        var joins = opener switch
        {
            "between" => joiner == "and",
            "from" => joiner is "to" or "through" or "until" or "till",
            _ => false,
        };
        if (!joins || (opener == "from" && Rescheduled(tokens, first.Start - 1)) || readAt(first.End + 1) is not { Date: { Grain: DateGrain.Day or DateGrain.Days } to } second || to.To <= from.From)
        {
            return null;
        }

        return new DateMatch(first.Start - 1, second.End, new CalendarDate(from.From, to.To, DateGrain.Days));
    }

    /// <summary>How many words before "from" a verb of moving a date may stand ("moved the vote from").</summary>
    private const int MoveReach = 4;

    /// <summary>Verbs that move a date: "postponed from May 1 to May 4" names two dates, the old and the new, no range.</summary>
    private static readonly HashSet<string> MovingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "move", "moved", "moves", "postpone", "postponed", "postpones", "delay", "delayed", "delays", "push", "pushed", "pushes",
        "reschedule", "rescheduled", "reschedules", "shift", "shifted", "shifts", "change", "changed", "changes", "bring", "brought",
        "brings", "put", "puts", "advance", "advanced", "advances", "pull", "pulled", "pulls",
    };

    /// <summary>Whether a verb of moving a date stands a few words before the "from" at <paramref name="from"/>.</summary>
    private static bool Rescheduled(List<Token> tokens, int from)
    {
        for (var k = from - 1; k >= 0 && k >= from - MoveReach; k--)
        {
            if (MovingVerbs.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }
}
