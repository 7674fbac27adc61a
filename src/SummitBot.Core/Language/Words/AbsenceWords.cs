namespace SummitBot.Language.Words;

/// <summary>
/// Words that say someone or something was not among others: "was missing", "missing from the team", "were absent",
/// "was left out of the squad". Only the predicate use counts: "the missing sailors" names who they are (lost), it says
/// nothing of whether they were among a group.
/// </summary>
public static class AbsenceWords
{
    /// <summary>Forms of "be" and its kin that make "missing" or "absent" say where someone was not ("was missing").</summary>
    private static readonly HashSet<string> Linking = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained", "stayed", "stays", "went", "go", "goes",
    };

    /// <summary>The words themselves, any of which in a question means the question asks about the absence itself.</summary>
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase) { "missing", "absent", "absence", "absentee", "absentees" };

    /// <summary>Whether a word of a question is one of absence ("was he absent?"): a sentence saying so then agrees.</summary>
    public static bool IsAbsenceWord(string word) => Words.Contains(word);

    /// <summary>
    /// How many tokens the absence starting at <paramref name="i"/> spans (0: none): "missing" or "absent" after a form of
    /// "be" ("were missing", "was notably absent") or before "from"; "left out" after a form of "be" or before "of".
    /// </summary>
    public static int Width(List<Token> tokens, int i)
    {
        var word = tokens[i].Text.ToLowerInvariant();
        if (word is "missing" or "absent")
        {
            return Linked(tokens, i) || Next(tokens, i + 1, "from") ? 1 : 0;
        }

        return word == "left" && Next(tokens, i + 1, "out") && (Linked(tokens, i) || Next(tokens, i + 2, "of") || Next(tokens, i + 2, "from")) ? 2 : 0;
    }

    /// <summary>A form of "be" right before the word, or one word before it past an adverb ("was notably absent").</summary>
    private static bool Linked(List<Token> tokens, int i) =>
        (i >= 1 && Linking.Contains(tokens[i - 1].Text))
        || (i >= 2 && Linking.Contains(tokens[i - 2].Text) && tokens[i - 1].Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase));

    private static bool Next(List<Token> tokens, int at, string word) => at < tokens.Count && tokens[at].Text.Equals(word, StringComparison.OrdinalIgnoreCase);
}
