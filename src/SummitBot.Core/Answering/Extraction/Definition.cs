using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "What is the Friendship Tower?" of "Xi laid a wreath at the Friendship Tower, a monument to the Chinese soldiers
/// who died ...": what the text says the named thing is, in apposition after its name (", a monument to ...") or after
/// "is"/"was" ("the Friendship Tower is a monument ..."), up to the clause's end. A sentence that only names the thing
/// does not say what it is.
/// </summary>
internal static class Definition
{
    /// <summary>The most words a description may have; a longer run is a clause of its own, not the thing's description.</summary>
    private const int MostWords = 25;

    public static IEnumerable<AnswerCandidate> In(QuestionReading question, Passage passage)
    {
        var names = question.Terms.Where(t => t.Role == TermRole.Name).ToList();
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        for (var i = 0; i + 2 < tokens.Count && names.Count > 0; i++)
        {
            // The end of the name: a run of the question's name words that has them all.
            if (!IsName(names, stems[i]) || IsName(names, stems[i + 1]) || !names.All(n => Enumerable.Range(RunStart(names, stems, i), i - RunStart(names, stems, i) + 1).Any(k => n.IsIn(stems[k]))))
            {
                continue;
            }

            var opens = tokens[i + 1].Text == "," || tokens[i + 1].Text.ToLowerInvariant() is "is" or "was" or "are" or "were" ? i + 2 : -1;
            if (opens < 0 || tokens[opens].Text.ToLowerInvariant() is not ("a" or "an" or "the"))
            {
                continue;
            }

            var end = opens;
            while (end < tokens.Count && tokens[end].Text is not ("," or "." or ";" or ":" or ")" or "!" or "?"))
            {
                end++;
            }

            if (end - opens >= 2 && end - opens <= MostWords)
            {
                var start = tokens[opens].Start;
                var stop = tokens[end - 1].End;
                yield return new AnswerCandidate(passage, AnswerType.What, passage.Text[start..stop], start, stop, 1.0) { Note = "what the text says the named thing is" };
            }
        }
    }

    /// <summary>Words that give a thing a name right before it ("known as", "called", "dubbed").</summary>
    private static readonly HashSet<string> Naming = new(StringComparer.OrdinalIgnoreCase) { "called", "named", "dubbed", "nicknamed" };

    /// <summary>
    /// "The mountain radio network, known as Fjellnett, relayed ...": the thing described first and named after, by "known
    /// as", "called" or "dubbed" and the question's name; the description is the noun phrase before the naming words,
    /// from its article to the comma.
    /// </summary>
    public static IEnumerable<AnswerCandidate> NamedAfter(QuestionReading question, Passage passage)
    {
        var names = question.Terms.Where(t => t.Role == TermRole.Name).ToList();
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        for (var i = 2; i < tokens.Count && names.Count > 0; i++)
        {
            var naming = tokens[i - 1].Text.Equals("as", StringComparison.OrdinalIgnoreCase) && tokens[i - 2].Text.Equals("known", StringComparison.OrdinalIgnoreCase) ? i - 2
                : Naming.Contains(tokens[i - 1].Text) ? i - 1 : -1;
            if (naming < 1 || !NameRunHas(names, tokens, stems, i))
            {
                continue;
            }

            var last = tokens[naming - 1].Text == "," ? naming - 2 : naming - 1;
            var start = last;
            while (start >= 0 && start > last - MostWords && tokens[start].IsWord && tokens[start].Text.ToLowerInvariant() is not ("the" or "a" or "an"))
            {
                start--;
            }

            if (start >= 0 && start < last && tokens[start].IsWord && !names.Any(n => Enumerable.Range(start, last - start + 1).Any(k => n.IsIn(stems[k]))))
            {
                var from = tokens[start].Start;
                var to = tokens[last].End;
                yield return new AnswerCandidate(passage, AnswerType.What, passage.Text[from..to], from, to, 1.0) { Note = "what the text says the thing it names is" };
            }
        }
    }

    /// <summary>Whether every name word of the question stands in the name that opens at <paramref name="at"/> (its words and hyphens).</summary>
    private static bool NameRunHas(List<QuestionTerm> names, List<Language.Token> tokens, IReadOnlyList<string[]> stems, int at)
    {
        var end = at;
        while (end < tokens.Count && (tokens[end].IsWord || tokens[end].Text == "-"))
        {
            end++;
        }

        return end > at && names.All(n => Enumerable.Range(at, end - at).Any(k => n.IsIn(stems[k])));
    }

    private static bool IsName(List<QuestionTerm> names, string[] stems) => stems.Length > 0 && names.Any(n => n.IsIn(stems));

    private static int RunStart(List<QuestionTerm> names, IReadOnlyList<string[]> stems, int end)
    {
        var start = end;
        while (start > 0 && IsName(names, stems[start - 1]))
        {
            start--;
        }

        return start;
    }
}
