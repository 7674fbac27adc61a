namespace SummitBot.TestTools.QuestionSets;

/// <summary>
/// Judges a reply to a set's case: right when the answer's own text (not its sources) has every expected word, as a
/// word of its own, and a cited sentence has each expected run of words; declined cases must cite nothing. Quotes and
/// apostrophes are compared plain, case is ignored.
/// </summary>
public static class SetJudge
{
    public static Verdict Judge(SetCase c, SetReply reply)
    {
        if (c.Declines)
        {
            return reply.Cited.Count == 0 ? Verdict.RightlyDeclined : Verdict.WronglyAnswered;
        }

        if (reply.Cited.Count == 0)
        {
            return Verdict.Declined;
        }

        // Every sentence cited must be one the case expects; a message with two questions may leave one declined.
        bool Expected(string sentence) => c.Cites.Any(run => Plain(sentence).Contains(Plain(run), StringComparison.OrdinalIgnoreCase));
        if (!reply.Cited.All(Expected))
        {
            return Verdict.WrongPassage;
        }

        if (!c.Cites.All(run => reply.Cited.Any(sentence => Plain(sentence).Contains(Plain(run), StringComparison.OrdinalIgnoreCase))))
        {
            return Verdict.Declined;
        }

        return c.Answer.All(word => Says(reply.Answer, word)) ? Verdict.Right : Verdict.WrongAnswer;
    }

    /// <summary>
    /// Whether an answer says an expected word as a word of its own, not inside another ("no" is not in "North", "45"
    /// not in "145", but "11" is in "11th"); an expected "Yes" or "No" must open the answer or one of its parts ("Yes: ...", "... ? No: ..."),
    /// as the bot words it, since a yes/no answer's passage may hold the other word.
    /// </summary>
    public static bool Says(string answer, string expected)
    {
        var text = Plain(answer);
        var word = Plain(expected).Trim();
        if (word.Equals("yes", StringComparison.OrdinalIgnoreCase) || word.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return System.Text.RegularExpressions.Regex.IsMatch(text, @"(^|[?.]\s+)" + word + ":", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        }

        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1]) || !char.IsLetterOrDigit(word[0])) && (end == text.Length || !char.IsLetterOrDigit(text[end]) || !char.IsLetterOrDigit(word[^1]) || OrdinalSuffix(text, end, word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"11" said as "the 11th launch": a number's ordinal ending is no other word.</summary>
    private static bool OrdinalSuffix(string text, int end, string word) =>
        char.IsDigit(word[^1]) && end + 2 <= text.Length && text.Substring(end, 2).ToLowerInvariant() is "st" or "nd" or "rd" or "th"
        && (end + 2 == text.Length || !char.IsLetterOrDigit(text[end + 2]));

    private static string Plain(string text) =>
        text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u00A0', ' ');
}
