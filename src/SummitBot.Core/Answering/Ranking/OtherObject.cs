using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language.Relations;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Who won the pairs event?" is not answered by "the pair ... won a place at next year's Olympics": the sentence has the
/// question's verb, but with an object of its own ("a place") that shares no word with the object asked ("the pairs
/// event"). Winning a place is not winning the event, so who did it is not who is asked, however many of the question's
/// other words stand about. Only a verb of the question followed there by "the" or "a" and its object, and only where
/// every time the sentence has that verb it takes such a different object ("won the pairs title" shares "pairs" and
/// answers); asked who (a person or an organisation).
/// </summary>
internal static class OtherObject
{
    /// <summary>How much of its fit an answer keeps whose sentence has the asked verb only with another object.</summary>
    public const double Weight = 0.3;

    /// <summary>The most words an object is read to.</summary>
    private const int Longest = 6;

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those",
    };

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (candidate.Passage is not { } passage || question.Type is not (AnswerType.Person or AnswerType.Organization))
        {
            return 1.0;
        }

        var words = question.Text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('?', '.', ',', '!')).ToList();
        var relations = WordRelations.Default;
        foreach (var verb in question.Terms.Where(t => t.Role == TermRole.Content && relations.IsVerb(t.Word.ToLowerInvariant()) && !relations.IsNoun(t.Word.ToLowerInvariant())))
        {
            var at = words.IndexOf(verb.Word.ToLowerInvariant());
            if (at < 0 || at + 2 >= words.Count || !Determiners.Contains(words[at + 1]))
            {
                continue;
            }

            var asked = ObjectWords(words.Skip(at + 2).ToList());
            if (asked.Count == 0)
            {
                continue;
            }

            var askedStems = new HashSet<string>(asked.SelectMany(passage.Analyze), StringComparer.Ordinal);
            foreach (var term in question.Terms.Where(t => asked.Contains(t.Word.ToLowerInvariant())))
            {
                askedStems.UnionWith(term.Related);
            }

            if (OnlyOtherObjects(passage, verb, askedStems))
            {
                return Weight;
            }
        }

        return 1.0;
    }

    /// <summary>The words of an object up to a preposition, a relative word or the end, past no determiner ("pairs event").</summary>
    private static List<string> ObjectWords(List<string> after)
    {
        var words = new List<string>();
        foreach (var word in after)
        {
            if (word.Length == 0 || !word.All(c => char.IsLetterOrDigit(c) || c is '-' or '\'') || CommonWords.IsPreposition(word)
                || word is "who" or "whom" or "which" or "that" or "and" or "or" || words.Count == Longest)
            {
                break;
            }

            words.Add(word);
        }

        return words;
    }

    /// <summary>Whether the passage has the verb (itself, not a related word), each time right before a determiner and an object with none of the asked object's words.</summary>
    private static bool OnlyOtherObjects(Retrieval.Passage passage, QuestionTerm verb, HashSet<string> askedStems)
    {
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var seen = false;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !(stems[i].Contains(verb.Stem) || verb.Forms.Any(stems[i].Contains)))
            {
                continue;
            }

            if (!Determiners.Contains(tokens[i + 1].Text))
            {
                return false;
            }

            var objectStems = new List<string>();
            // "the women's harbour sprint": a possessive inside the object does not end it.
            for (var k = i + 2; k < tokens.Count && k - i - 2 < Longest && (tokens[k].IsWord || tokens[k].Kind == Language.TokenKind.Possessive)
                && !CommonWords.IsPreposition(tokens[k].Text) && tokens[k].Text.ToLowerInvariant() is not ("who" or "which" or "that" or "and" or "or"); k++)
            {
                objectStems.AddRange(stems[k]);
            }

            if (objectStems.Count == 0 || objectStems.Any(askedStems.Contains))
            {
                return false;
            }

            seen = true;
        }

        return seen;
    }
}
