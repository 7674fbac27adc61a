using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language;
using SummitBot.Language.Relations;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Who came across the drifting man?" and "North Korean sailors found him in the water": the doer of the asked verb
/// may be people the article does not name, told by a plural noun for a kind of person right before the verb
/// ("sailors", "farmers", "police officers"), with what describes them before it ("North Korean"). That phrase is who
/// did it.
/// </summary>
internal static class CommonSubject
{
    /// <summary>How well an unnamed group fits who did the asked deed: less than a name, which says who they are.</summary>
    public const double Fit = 0.85;

    /// <summary>How many words the phrase may have before its head noun ("North Korean fishing crews").</summary>
    private const int Reach = 3;

    /// <summary>The phrase's first and last token, right before a verb the question asks, or null.</summary>
    public static (int First, int Last)? At(QuestionReading question, Passage passage)
    {
        // "Who won the men's race?": a noun the question owns by a possessive ("race") is no deed, though it may be a
        // verb elsewhere; the runners who "ran" beside the winner did not do what was asked.
        var verbs = question.VerbTerms().Where(t => !question.OwnedKinds.Any(k => k.Head.Equals(t.Word, StringComparison.OrdinalIgnoreCase))).ToList();
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        for (var v = 1; v < tokens.Count; v++)
        {
            var head = v - 1;
            if (!tokens[v].IsWord || tokens[v].IsCapitalized || !verbs.Any(t => t.IsIn(stems[v])) || !IsPluralPerson(tokens[head]))
            {
                continue;
            }

            var first = head;
            while (first > 0 && head - first < Reach)
            {
                if (Language.World.Gazetteer.Default.Match(tokens, Math.Max(0, first - 2), anyCase: false, out var two) == 2 && first >= 2 && two.Any(p => p.IsDemonym))
                {
                    // "North Korean sailors": a demonym of two words.
                    first -= 2;
                    break;
                }

                if (!Describes(tokens[first - 1]))
                {
                    break;
                }

                first--;
            }

            return (first, head);
        }

        return null;
    }

    /// <summary>"sailors", "farmers", "fishermen": a plural noun (in lower case) for a kind of person.</summary>
    private static bool IsPluralPerson(Token token)
    {
        var text = token.Text;
        if (!token.IsWord || token.IsCapitalized || text.Length <= 3)
        {
            return false;
        }

        return text.EndsWith("men", StringComparison.Ordinal) ? PersonNouns.Is(text[..^3] + "man")
            : text.EndsWith('s') && !text.EndsWith("ss", StringComparison.Ordinal) && PersonNouns.Is(text);
    }

    /// <summary>A word that may describe the group: a demonym ("North Korean") or a plain adjective or noun, no function word.</summary>
    private static bool Describes(Token token) =>
        token.IsWord && !CommonWords.IsFunctionWord(token.Text) && !CommonWords.IsPreposition(token.Text.ToLowerInvariant())
        && (!token.IsCapitalized || Language.World.Gazetteer.Default.Find(token.Text).Any(p => p.IsDemonym));
}
