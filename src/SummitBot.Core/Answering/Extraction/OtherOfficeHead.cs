using SummitBot.Answering.Questions;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Who is the ministry's spokesperson?" is not answered by "the country's minister of state for the ministry's
/// affairs": an office headed by a role word of its own ("minister") that lacks the role word asked ("spokesperson") is
/// another office, however many of the words of what it is of it shares. Roles that lead ("leader", "chief") are left
/// alone: a country's leader is written as many offices ("Chairman", "President").
/// </summary>
internal static class OtherOfficeHead
{
    /// <summary>How much of its fit an office keeps that is headed by another role.</summary>
    public const double Weight = 0.1;

    /// <summary>Whether the office (its words' stems <paramref name="held"/> of the asked role) is headed by a role other than the one asked.</summary>
    public static bool Is(QuestionReading question, string office, IReadOnlyCollection<string> held)
    {
        var asked = question.Terms
            .Where(t => question.AskedRole.Contains(t.Stem) && RoleWords.IsHead(t.Word.ToLowerInvariant()))
            .ToList();
        if (asked.Count == 0 || asked.Any(t => RoleWords.Leading.Contains(t.Word) || held.Contains(t.Stem)))
        {
            return false;
        }

        var heads = office.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.', ';', ':', '"', '\'').ToLowerInvariant())
            .Where(RoleWords.IsHead)
            .ToList();
        return heads.Count > 0 && !heads.Any(h => asked.Any(t => Unsexed(h) == Unsexed(t.Word.ToLowerInvariant())));
    }

    /// <summary>"spokes" of "spokesman", "spokeswoman" and "spokesperson": one role in each of its forms.</summary>
    private static string Unsexed(string word)
    {
        foreach (var ending in (string[])["person", "woman", "man", "people", "women", "men"])
        {
            if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length > ending.Length + 2)
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }
}
