using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "What is the full name of the Panmunjom Declaration?" of "they signed the Panmunjom Declaration for Peace,
/// Prosperity and Unification of the Korean Peninsula": a name is asked of a thing the question names by part of its
/// name; the answer is the whole run of capitalised words (joined by "of", "for", "and", "the" and commas) that holds
/// the question's words and goes on past them.
/// </summary>
internal static class FullName
{
    /// <summary>Small words a long name keeps between its capitalised words ("for Peace, Prosperity and Unification of the ...").</summary>
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "of", "for", "and", "the", "on", "," };

    public static IEnumerable<AnswerCandidate> In(QuestionReading question, Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var asked = question.Terms.Where(t => t.Role is TermRole.Name or TermRole.Event or TermRole.Content).ToList();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsCapitalized || (i == 0 && !asked.Any(t => stems[0].Contains(t.Stem))))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < tokens.Count && (tokens[end].IsCapitalized || (Joiners.Contains(tokens[end].Text) && Continues(tokens, end))))
            {
                end++;
            }

            if (TrailingNumber(passage, tokens, end))
            {
                end++;
            }

            // "the North Korean-flagged Sam Jong 2": a word hyphened to a lower-case part describes the thing named after
            // it; the question's words there ("the North Korean ship") ask the name that follows.
            var described = Described(tokens, i, end);
            if (described > i && end - described >= 2 && Enumerable.Range(i, described - i).Any(k => asked.Any(t => stems[k].Contains(t.Stem))))
            {
                var first = tokens[described].Start;
                var last = tokens[end - 1].End;
                yield return new AnswerCandidate(passage, AnswerType.What, passage.Text[first..last], first, last, 1.0) { Note = "the name after the question's description" };
                i = end;
                continue;
            }

            // The question's own words, not words related to them ("full" ~ "Moon"): the name must be the one asked about.
            // "What is the name of the ballet Kim watched?": the thing named is the ballet; a name that holds only
            // the question's person ("Kim Yo Jong") is someone else's.
            var own = Enumerable.Range(i, end - i).Count(k => asked.Any(t => stems[k].Contains(t.Stem) && !(question.AsksNameOfThing && t.Role == TermRole.Name)));
            var words = Enumerable.Range(i, end - i).Count(k => tokens[k].IsCapitalized);
            if (own > 0 && words - own >= 2 && !DescribedOutside.Elsewhere(asked, tokens, stems, i, end))
            {
                var start = tokens[i].Start;
                var stop = tokens[end - 1].End;
                yield return new AnswerCandidate(passage, AnswerType.What, passage.Text[start..stop], start, stop, 1.0) { Note = "the whole name that holds the question's words" };
            }

            i = end;
        }
    }

    /// <summary>
    /// "the Sam Jong 2 in international waters", "Apollo 11": a small bare number right after a run of names is the last
    /// word of the name, unless it is part of a date or an amount, or a noun it counts follows ("Moon 3 times").
    /// </summary>
    private static bool TrailingNumber(Passage passage, List<Language.Token> tokens, int at)
    {
        if (at >= tokens.Count || tokens[at].Kind != Language.TokenKind.Number || tokens[at].Text.Length > 3 || !tokens[at].Text.All(char.IsDigit)
            || tokens[at - 1].End == tokens[at].Start)
        {
            return false;
        }

        var start = tokens[at].Start;
        if (Spans.Inside(passage, start, tokens[at].End, Language.Reading.AnnotationKind.Date) || Spans.Inside(passage, start, tokens[at].End, Language.Reading.AnnotationKind.Quantity))
        {
            return false;
        }

        if (at + 1 >= tokens.Count || !tokens[at + 1].IsWord)
        {
            return true;
        }

        var next = tokens[at + 1].Text.ToLowerInvariant();
        return Language.Words.CommonWords.IsFunctionWord(next) || Language.Words.CommonWords.IsPreposition(next);
    }

    /// <summary>The token after the last word of the run hyphened to a lower-case part ("Korean-flagged"), or <paramref name="start"/> when none.</summary>
    private static int Described(List<Language.Token> tokens, int start, int end)
    {
        var after = start;
        for (var k = start; k < end; k++)
        {
            var hyphen = tokens[k].Text.IndexOf('-', StringComparison.Ordinal);
            if (tokens[k].IsWord && hyphen > 0 && hyphen + 1 < tokens[k].Text.Length && char.IsLower(tokens[k].Text[hyphen + 1]))
            {
                after = k + 1;
            }
        }

        return after < end && tokens[after].IsCapitalized ? after : start;
    }

    /// <summary>A joiner stays in the name only when the name goes on after it, past any further joiners.</summary>
    private static bool Continues(List<Language.Token> tokens, int at)
    {
        var next = at + 1;
        while (next < tokens.Count && Joiners.Contains(tokens[next].Text))
        {
            next++;
        }

        return next < tokens.Count && tokens[next].IsCapitalized && (tokens[at].Text != "," || ListGoesOn(tokens, next));
    }

    /// <summary>
    /// "for Peace, Prosperity and Unification": a comma inside a name lists its words, so the words after it go on to
    /// "and" or another comma; "at the Grand Theatre, KCNA said" ends the name at the comma, and the next name is the source's.
    /// </summary>
    private static bool ListGoesOn(List<Language.Token> tokens, int from)
    {
        var k = from;
        while (k < tokens.Count && tokens[k].IsCapitalized)
        {
            k++;
        }

        return k < tokens.Count && tokens[k].Text is "and" or ",";
    }
}
