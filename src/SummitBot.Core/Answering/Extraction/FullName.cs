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

            // The question's own words, not words related to them ("full" ~ "Moon"): the name must be the one asked about.
            // "What is the name of the ballet Kim watched?": the thing named is the ballet; a name that holds only
            // the question's person ("Kim Yo Jong") is someone else's.
            var own = Enumerable.Range(i, end - i).Count(k => asked.Any(t => stems[k].Contains(t.Stem) && !(question.AsksNameOfThing && t.Role == TermRole.Name)));
            var words = Enumerable.Range(i, end - i).Count(k => tokens[k].IsCapitalized);
            if (own > 0 && words - own >= 2)
            {
                var start = tokens[i].Start;
                var stop = tokens[end - 1].End;
                yield return new AnswerCandidate(passage, AnswerType.What, passage.Text[start..stop], start, stop, 1.0) { Note = "the whole name that holds the question's words" };
            }

            i = end;
        }
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
