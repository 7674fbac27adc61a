namespace SummitBot.Language;

/// <summary>
/// "the Pyongyang University of Science and Technology" of a question, written "PUST" in a sentence: the question's
/// runs of capitalized words (joining words allowed between them) whose first letters are an acronym the sentence has,
/// each as the acronym and its words. Three letters at least: two capitals too often spell a run by chance.
/// </summary>
public static class AcronymRuns
{
    public static List<(string Acronym, List<string> Words)> In(string question, IReadOnlyList<Token> sentence)
    {
        var acronyms = sentence.Where(t => t.IsWord && t.Text.Length >= 3 && t.Text.All(c => c is >= 'A' and <= 'Z')).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        var runs = new List<(string Acronym, List<string> Words)>();
        if (acronyms.Count == 0)
        {
            return runs;
        }

        var words = Tokenizer.Tokenize(question);
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].IsCapitalized && !words[i].IsAcronym && (i == 0 || !words[i - 1].IsCapitalized))
            {
                Spelling(words, i, acronyms, runs);
            }
        }

        return runs;
    }

    /// <summary>From the capitalized word at <paramref name="start"/>, each run whose first letters are one of <paramref name="acronyms"/>.</summary>
    private static void Spelling(List<Token> words, int start, HashSet<string> acronyms, List<(string Acronym, List<string> Words)> runs)
    {
        var run = new List<string>();
        var letters = new System.Text.StringBuilder();
        for (var k = start; k < words.Count && words[k].IsWord; k++)
        {
            if (words[k].IsCapitalized && !words[k].IsAcronym)
            {
                run.Add(words[k].Text);
                letters.Append(char.ToUpperInvariant(words[k].Text[0]));
                if (letters.Length >= 3 && acronyms.Contains(letters.ToString()))
                {
                    runs.Add((letters.ToString(), [.. run]));
                }
            }
            else if (words[k].Text is not ("of" or "the" or "and" or "for" or "on" or "in"))
            {
                break;
            }
        }
    }
}
