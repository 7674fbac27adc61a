using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Who did the ministry charge?" asks the object of "charge". In "The ministry charged a customs officer in connection
/// with the theft of fuel from Harbour Logistics", the object is "a customs officer"; a name after it, past a
/// preposition, is only what the charge concerns, not the one charged.
/// </summary>
internal static class ObjectAsked
{
    /// <summary>How much of its fit a name keeps that stands after the object of the asked verb.</summary>
    public const double Weight = 0.3;

    /// <summary>The longest object, in words, read after the verb.</summary>
    private const int Longest = 8;

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "to", "did", "could", "can", "may", "might", "should", "must", "shall",
    };

    /// <summary>
    /// Whether the name at <paramref name="start"/> (a character offset) stands after the object of the question's verb
    /// in the passage, outside that object and not in an apposition right after it ("a customs officer, Lee Min-ho,").
    /// </summary>
    public static bool AfterTheObject(QuestionReading question, Passage passage, int start)
    {
        if (!question.AsksWhom)
        {
            return false;
        }

        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!IsAskedVerb(question, tokens, stems, i))
            {
                continue;
            }

            // "to shake hands with South Korea's president" of "who did he shake hands with?": the question's own words
            // after the verb are part of it, and the object follows them.
            var from = i + 1;
            while (from < tokens.Count && tokens[from].IsWord && question.Terms.Any(t => t.IsIn(stems[from])))
            {
                from++;
            }

            var end = ObjectEnd(tokens, from);
            if (end < 0 || end >= tokens.Count || tokens[i].Start > start)
            {
                continue;
            }

            var apposition = tokens[end].Text == "," && end + 1 < tokens.Count && tokens[end + 1].Start == start;
            return start >= tokens[end].Start && !apposition;
        }

        return false;
    }

    /// <summary>
    /// The token where the object after the verb ends (the first preposition, punctuation or relative word after a word
    /// of its own), past one preposition the verb takes ("met with ..."); -1 when no word of an object follows.
    /// </summary>
    private static int ObjectEnd(List<Token> tokens, int from)
    {
        var k = from < tokens.Count && tokens[from].IsWord && Language.Words.CommonWords.IsPreposition(tokens[from].Text) ? from + 1 : from;
        var first = k;
        while (k < tokens.Count && k - first < Longest && tokens[k].IsWord && !Language.Words.CommonWords.IsPreposition(tokens[k].Text)
            && tokens[k].Text.ToLowerInvariant() is not ("who" or "whom" or "whose" or "which" or "that" or "after" or "before" or "while" or "when"))
        {
            k++;
        }

        return k > first && k - first < Longest ? k : -1;
    }

    /// <summary>
    /// The question's verb, as a verb of the sentence: a form other than the question's own ("charged" for "charge",
    /// not the noun "charges"), or the same form after an auxiliary ("will meet").
    /// </summary>
    private static bool IsAskedVerb(QuestionReading question, List<Token> tokens, IReadOnlyList<string[]> stems, int i)
    {
        if (!tokens[i].IsWord)
        {
            return false;
        }

        var relations = Language.Relations.WordRelations.Default;
        var lower = tokens[i].Text.ToLowerInvariant();
        foreach (var term in question.Terms)
        {
            if (term.Role != TermRole.Content || Array.IndexOf(stems[i], term.Stem) < 0 || !relations.IsVerb(term.Word.ToLowerInvariant()))
            {
                continue;
            }

            var own = string.Equals(lower, term.Word, StringComparison.OrdinalIgnoreCase);
            if ((!own && !lower.EndsWith('s')) || (own && i > 0 && Auxiliaries.Contains(tokens[i - 1].Text)))
            {
                return true;
            }
        }

        return false;
    }
}
