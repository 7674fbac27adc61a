namespace SummitBot.Answering.Questions;

/// <summary>
/// "Besides the remains, what else did they hand over?", "what else did they bring apart from the letter?": the
/// question sets one thing aside ("the remains"); the answer is another thing, so the words set aside are neither
/// words a passage must have nor words the answer may be.
/// </summary>
internal static class Exclusion
{
    /// <summary>Words that open what is set aside; "apart", "aside" and "other" only with the word after them.</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "besides", "except", "excluding" };

    /// <summary>A word that sets something aside ("besides", "apart"): a frame of the question, not a word to look for.</summary>
    public static bool IsOpener(string word) => Openers.Contains(word) || word is "apart" or "aside";

    /// <summary>The words (lower case) the question sets aside, without the words that set them aside; empty when it sets none aside.</summary>
    public static List<string> Read(List<string> plain)
    {
        for (var i = 0; i + 1 < plain.Count; i++)
        {
            var width = Openers.Contains(plain[i]) ? 1
                : plain[i] is "apart" or "aside" && plain[i + 1] == "from" || plain[i] == "other" && plain[i + 1] == "than" ? 2 : 0;
            if (width == 0)
            {
                continue;
            }

            // Up to the question's own frame ("..., what else did ...") or its end.
            var end = i + width;
            while (end < plain.Count && plain[end] is not ("what" or "which" or "who" or "did" or "does" or "do" or "was" or "were" or "is" or "are" or "will" or "has" or "have" or "had"))
            {
                end++;
            }

            return end > i + width ? plain.GetRange(i + width, end - i - width) : [];
        }

        return [];
    }
}
