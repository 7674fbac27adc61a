namespace SummitBot.Answering.Questions;

/// <summary>
/// Mends misspelt names and question words ("Beigun", "Hanio", "sumit") by the closest word the knowledge uses for
/// names, aliases and synonyms. Only words the knowledge never uses are touched, and only when one target is closest.
/// An English word the sources lack becomes only a form of itself ("Asian" → "Asia"); otherwise it is left alone, to be
/// matched by its related words or declined, never turned into another word of the sources ("shell out" is not
/// "shall out", a "diplomat" not "diplomacy").
/// </summary>
/// <remarks>
/// Candidates are the targets of a near length that share the word's first or second letter (a typing slip seldom
/// changes both), found through two small indexes rather than a scan, which at archive scale (a million names) cost
/// milliseconds per unknown word.
/// </remarks>
internal sealed class SpellingCorrector
{
    private readonly Func<string, bool> _isKnown;
    private readonly Func<string, string, bool> _keepsMeaning;
    private readonly IReadOnlySet<string> _targets;
    private readonly Dictionary<(int Length, char Letter), string[]> _byFirstLetter;
    private readonly Dictionary<(int Length, char Letter), string[]> _bySecondLetter;

    /// <param name="isKnown">Whether the knowledge uses a word (in any form); a known word is never changed.</param>
    /// <param name="targets">The words a misspelling may be mended to; known too.</param>
    /// <param name="keepsMeaning">Whether a word (lower case) may be mended to a target without changing what it means.</param>
    public SpellingCorrector(Func<string, bool> isKnown, IReadOnlySet<string> targets, Func<string, string, bool> keepsMeaning)
    {
        _isKnown = isKnown;
        _keepsMeaning = keepsMeaning;
        _targets = targets;
        var mendable = targets.Where(t => t.Length >= 4).ToList();
        _byFirstLetter = mendable.GroupBy(t => (t.Length, t[0])).ToDictionary(g => g.Key, g => g.ToArray());
        _bySecondLetter = mendable.GroupBy(t => (t.Length, t[1])).ToDictionary(g => g.Key, g => g.ToArray());
    }

    public string Correct(string word)
    {
        if (word.Length < 5 || _targets.Contains(word) || word.Any(char.IsDigit) || _isKnown(word))
        {
            return word;
        }

        var allowed = word.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        for (var length = word.Length - allowed; length <= word.Length + allowed; length++)
        {
            Consider(_byFirstLetter.GetValueOrDefault((length, word[0])));
            Consider(_bySecondLetter.GetValueOrDefault((length, word[1])));
        }

        return best is not null && bestDistance <= allowed && !tie && _keepsMeaning(word, best) ? best : word;

        void Consider(string[]? candidates)
        {
            foreach (var target in candidates ?? [])
            {
                var distance = Distance(word, target, allowed);
                if (distance < bestDistance)
                {
                    (best, bestDistance, tie) = (target, distance, false);
                }
                else if (distance == bestDistance && target != best)
                {
                    tie = true;
                }
            }
        }
    }

    /// <summary>Optimal string alignment distance (edits, with swaps of neighbours counting one), cut off above <paramref name="limit"/>.</summary>
    internal static int Distance(string a, string b, int limit)
    {
        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            var spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }

        return previous[b.Length];
    }
}
