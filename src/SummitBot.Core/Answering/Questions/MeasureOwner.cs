using SummitBot.Language;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "What is the state department's budget?", "how much is the city's debt?": the owner of the amount or count asked,
/// the words before a possessive, which a sentence giving another owner's budget does not answer.
/// </summary>
internal static class MeasureOwner
{
    /// <summary>Words before "'s" that own nothing: contractions of "is" and "has" ("what's", "it's", "there's").</summary>
    private static readonly HashSet<string> NoOwner = new(StringComparer.OrdinalIgnoreCase)
    {
        "what", "who", "where", "when", "how", "why", "which", "it", "that", "there", "here", "this", "he", "she", "let",
    };

    /// <summary>The owner's words (lower case, in order) of an amount or count question, or none.</summary>
    public static IReadOnlyList<string> Read(List<Token> tokens, AnswerType type)
    {
        if (type is not (AnswerType.Amount or AnswerType.Number))
        {
            return [];
        }

        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Possessive || !tokens[i - 1].IsWord || NoOwner.Contains(tokens[i - 1].Text) || !tokens[i + 1].IsWord)
            {
                continue;
            }

            // Back from the possessive to the article or other small word that opens the owner's phrase.
            var from = i - 1;
            while (from > 0 && tokens[from - 1].IsWord && !CommonWords.IsFunctionWord(tokens[from - 1].Text.ToLowerInvariant()))
            {
                from--;
            }

            return [.. tokens.Skip(from).Take(i - from).Select(t => t.Text.ToLowerInvariant())];
        }

        return PassiveSubject(tokens);
    }

    /// <summary>
    /// "How much are the nurses paid?", "how much was the painting sold for?": the subject of a passive verb of the amount
    /// is whose amount it is, as an owner before "'s" is; a sum paid from some fund to nobody named is not the nurses' pay.
    /// Only "how much" + a form of "be" + a phrase of plain words + the verb's past participle.
    /// </summary>
    private static IReadOnlyList<string> PassiveSubject(List<Token> tokens)
    {
        var words = tokens.Where(t => t.IsWord).Select(t => t.Text.ToLowerInvariant()).ToList();
        var how = words.IndexOf("how");
        if (how < 0 || how + 3 >= words.Count || words[how + 1] != "much" || !BeForms.IsFinite(words[how + 2]))
        {
            return [];
        }

        var from = how + 3 < words.Count && words[how + 3] is "the" or "a" or "an" or "its" or "their" or "his" or "her" ? how + 4 : how + 3;
        for (var i = from; i < words.Count; i++)
        {
            if (Language.Relations.WordRelations.Default.IsPastForm(words[i]) && i > from)
            {
                return words[from..i];
            }

            if (CommonWords.IsFunctionWord(words[i]))
            {
                return [];
            }
        }

        return [];
    }
}
