using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "rules that cap its exports of timber at 20,000 tonnes a year", "limited to 300 visitors a day": an amount set as a
/// limit is the most that may be, not what was. It answers a question about the limit ("what is the cap?", "how much
/// can it export?", "how much is it allowed to import?"), not one about what was actually done ("how much timber did
/// it export this year?").
/// </summary>
internal static class LimitAmount
{
    /// <summary>How much of its fit a limit keeps as the answer to a question about what was done.</summary>
    public const double Weight = 0.3;

    /// <summary>The most tokens between a word of limiting and the preposition before its amount ("cap its imports of refined petroleum at").</summary>
    private const int Reach = 8;

    /// <summary>
    /// Verbs and nouns of a limit set on an amount. Not "maximum": "a maximum altitude of 550 kilometres" is the most
    /// that was reached, not a most that may be.
    /// </summary>
    private static readonly HashSet<string> Limiting = new(StringComparer.OrdinalIgnoreCase)
    {
        "cap", "caps", "capped", "capping", "limit", "limits", "limited", "limiting", "ceiling", "ceilings", "quota", "quotas",
        "restrict", "restricts", "restricted", "restricting",
    };

    /// <summary>Words of a question asking what may be rather than what was ("how much can ...", "allowed to").</summary>
    private static readonly HashSet<string> Allowance = new(StringComparer.OrdinalIgnoreCase)
    {
        "can", "could", "may", "might", "allowed", "permitted", "allow", "allows", "permit", "permits", "let",
    };

    /// <summary>Whether a question asks a limit or what may be done: then a limit answers it.</summary>
    public static bool Asked(QuestionReading question) => question.LowerWords.Any(w => Limiting.Contains(w) || Allowance.Contains(w) || w is "maximum" or "minimum");

    /// <summary>
    /// Whether the amount is one a limit is set at: "at", "to" or "of" right before it, and a word of limiting before
    /// that in the same clause ("cap its imports ... at 500 tonnes", "a ceiling of 2 million barrels").
    /// </summary>
    public static bool IsLimit(Passage passage, Annotation quantity)
    {
        var tokens = passage.Analysis.Tokens;
        var at = tokens.FindIndex(t => t.Start >= quantity.Start) - 1;
        if (at < 1 || tokens[at].Text.ToLowerInvariant() is not ("at" or "to" or "of"))
        {
            return false;
        }

        for (var k = at - 1; k >= 0 && k >= at - Reach; k--)
        {
            if ((!tokens[k].IsWord && tokens[k].Kind != TokenKind.Possessive) || tokens[k].Text.ToLowerInvariant() is "and" or "but" or "while" or "which" or "that" or "after" or "before")
            {
                return false;
            }

            if (Limiting.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }
}
