using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Words;

namespace SummitBot.Answering;

/// <summary>
/// "Did the home side beat the visitors?" and "The home side lost 2-1 to the visitors": a yes/no question whether one
/// side beat (defeated, won against) another is answered "No" by a sentence that says the same side lost to the same
/// other side. Both sides must stand where the losing puts them (the one asked as winner before "lost", the other after
/// its "to"), the sentence must say no winning and no negation, and it must lack nothing of the question but the verb
/// of winning: "Germany lost to the home side" says nothing against the home side beating someone else. The losing
/// is read before any "yes", which a word related to the verb of winning ("round" of "beat") could otherwise give.
/// </summary>
internal static class ContestLost
{
    /// <summary>How many tokens may stand between "lost" and its "to" (a score: "lost 30-19 to").</summary>
    private const int ScoreReach = 4;

    /// <summary>Words that end a clause, and with it the stretch where a side must stand.</summary>
    private static readonly HashSet<string> ClauseEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        ",", ";", ":", ".", "but", "while", "although", "whereas", "though", "who", "which", "because", "after", "before",
    };

    public static bool Denies(QuestionReading question, Passage passage, IReadOnlyList<string> missing)
    {
        var words = Words(question.Text);
        var verb = words.FindIndex(ContestVerbs.IsWinning);
        // Missing nothing but the verb of winning; or nothing, when a word WordNet relates to it ("round" of "beat")
        // matched it in a sentence that says no winning at all.
        if (verb <= 0 || !missing.All(m => ContestVerbs.IsWinning(m)))
        {
            return false;
        }

        var terms = question.Terms.Where(t => !ContestVerbs.IsWinning(t.Word)).ToList();
        var winner = terms.Where(t => IndexOf(words, t.Word) is var i && i >= 0 && i < verb).ToList();
        var loser = terms.Where(t => IndexOf(words, t.Word) > verb).ToList();
        if (winner.Count == 0 || loser.Count == 0 || winner.Count + loser.Count != terms.Count)
        {
            return false;
        }

        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        if (tokens.Any(t => ContestVerbs.IsWinning(t.Text) || NegationWords.IsNegator(t.Text)))
        {
            return false;
        }

        for (var lost = 1; lost < tokens.Count; lost++)
        {
            if (!ContestVerbs.IsLosing(tokens[lost].Text) || ToAfter(tokens, lost) is not { } to)
            {
                continue;
            }

            var start = lost - 1;
            while (start > 0 && !ClauseEnds.Contains(tokens[start - 1].Text))
            {
                start--;
            }

            var end = to + 1;
            while (end < tokens.Count && !ClauseEnds.Contains(tokens[end].Text) && !tokens[end].Text.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                end++;
            }

            if (winner.All(t => Enumerable.Range(start, lost - start).Any(k => t.IsIn(stems[k])))
                && loser.All(t => Enumerable.Range(to + 1, end - to - 1).Any(k => t.IsIn(stems[k]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The "to" right after "lost", or after a score between them ("lost 30-19 to"); null when none.</summary>
    private static int? ToAfter(List<Language.Token> tokens, int lost)
    {
        for (var k = lost + 1; k < tokens.Count && k <= lost + ScoreReach; k++)
        {
            if (tokens[k].Text.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }

            if (tokens[k].Text.Any(char.IsLetter))
            {
                return null;
            }
        }

        return null;
    }

    private static List<string> Words(string text) =>
        [.. text.ToLowerInvariant().Split([' ', ',', '?', '.', '!', ';', ':', '"'], StringSplitOptions.RemoveEmptyEntries)];

    private static int IndexOf(List<string> words, string word) => words.IndexOf(word.ToLowerInvariant());
}
