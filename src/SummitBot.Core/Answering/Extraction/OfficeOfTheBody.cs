using SummitBot.Answering.Questions;
using SummitBot.Language;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Who is the unification minister?" and "the Unification Ministry spokesman, Lee": the asked office's head
/// ("minister") is in the title only as a word of its root naming the body it serves ("Ministry"), and the title has a
/// head of its own ("spokesman"): it is another office of that body, not the one asked, however many of the role's
/// words it shares. A title that has the asked head as its own ("Unification Minister Cho") keeps its fit.
/// </summary>
internal static class OfficeOfTheBody
{
    /// <summary>How much of its share of the asked role such an office keeps.</summary>
    public const double Weight = 0.1;

    public static bool IsOtherOffice(QuestionReading question, Func<string, List<string>> analyze, string office)
    {
        // The asked office's head: the last word of the role that can end a title ("minister" of "unification minister").
        var head = question.Terms.LastOrDefault(t => question.AskedRole.Contains(t.Stem) && RoleWords.Heads.Contains(t.Word) && !RoleWords.Modifiers.Contains(t.Word));
        if (head is null)
        {
            return false;
        }

        var matched = false;
        var ownHead = false;
        foreach (var token in Tokenizer.Tokenize(office).Where(t => t.IsWord))
        {
            var word = Plain(token.Text);
            var isHead = RoleWords.IsHead(word);
            if (analyze(word).Any(stem => stem == head.Stem || Derived(stem, head.Stem)) || IsDerivation(word, head.Word))
            {
                if (isHead)
                {
                    return false;
                }

                matched = true;
            }
            else if (isHead && !RoleWords.Modifiers.Contains(word))
            {
                ownHead = true;
            }
        }

        return matched && ownHead;
    }

    /// <summary>"ministri" of "Ministry" grows the stem "minist" of "minister": a word of the same root.</summary>
    private static bool Derived(string stem, string headStem) => headStem.Length >= 4 && stem.Length > headStem.Length && stem.StartsWith(headStem, StringComparison.Ordinal);

    /// <summary>WordNet's word of the same root in another part of speech ("presidential" of "president").</summary>
    private static bool IsDerivation(string word, string head) =>
        Language.Relations.WordRelations.Default.Related(head.ToLowerInvariant(), Language.Relations.Relation.Derivation).Contains(word, StringComparer.Ordinal);

    /// <summary>A title's word without a possessive ending ("Minister's" → "minister").</summary>
    private static string Plain(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("\u2019s", StringComparison.Ordinal) ? lower[..^2] : lower;
    }
}
