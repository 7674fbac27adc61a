namespace SummitBot.Tests.QuestionSet;

/// <summary>Checks a reply against its case, the way a user would judge it. Returns what is wrong, or null.</summary>
public static class QuestionSetJudge
{
    public const string DeclinePhrase = "not in my sources";

    private static readonly Dictionary<string, string> ReplyPhrases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Greeting"] = "I answer questions about the US",
        ["Thanks"] = "You're welcome",
        ["Unreadable"] = "I didn't catch a question",
    };

    public static string? Judge(QuestionCase c, BotReply reply)
    {
        var text = reply.Text;
        if (c.Declines)
        {
            if (!text.Contains(DeclinePhrase, StringComparison.OrdinalIgnoreCase))
            {
                return $"should decline, but answered: {FirstLine(text)}";
            }

            return reply.Citations.Count > 0 ? "declined but attached a citation" : null;
        }

        if (c.Reply is not null)
        {
            return text.Contains(ReplyPhrases[c.Reply], StringComparison.OrdinalIgnoreCase)
                ? (reply.Citations.Count > 0 ? $"a {c.Reply} reply must cite nothing" : null)
                : $"expected a {c.Reply} reply, got: {FirstLine(text)}";
        }

        if (text.Contains(DeclinePhrase, StringComparison.OrdinalIgnoreCase))
        {
            return $"declined; expected an answer containing {string.Join(" + ", c.Answer ?? [])}";
        }

        var missing = (c.Answer ?? []).Where(a => !text.Contains(a, StringComparison.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            return $"answer lacks {string.Join(", ", missing.Select(m => $"\"{m}\""))}: {FirstLine(text)}";
        }

        if (c.Cites is not null)
        {
            if (reply.Citations.Count == 0 || !text.Contains("[1]", StringComparison.Ordinal))
            {
                return "answer has no citation";
            }

            // The passage shows in the text (Emulator, Web Chat, Slack) or, where the channel shows citations as cards
            // (Teams), in the citation's abstract, which is cut to 160 characters around the answer.
            var abstractText = reply.Citations[0]["appearance"]?["abstract"]?.GetValue<string>() ?? string.Empty;
            if (!Normalize(text).Contains(Normalize(c.Cites), StringComparison.OrdinalIgnoreCase) && !SharesPassage(abstractText, c.Cites))
            {
                return $"cites the wrong passage (expected one containing \"{c.Cites}\"): {CitedLine(text)} / abstract: {abstractText}";
            }

            if (abstractText.Length is 0 or > 160)
            {
                return $"citation abstract is {abstractText.Length} characters";
            }
        }

        return null;
    }

    /// <summary>True when the abstract and the expected passage share a run of words at least 25 characters long (or all of it).</summary>
    private static bool SharesPassage(string abstractText, string cites)
    {
        var a = Normalize(abstractText).Replace("\u2026", " ", StringComparison.Ordinal);
        var c = Normalize(cites);
        var run = Math.Min(25, c.Length);
        for (var i = 0; i + run <= c.Length; i++)
        {
            if (a.Contains(c.Substring(i, run), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string FirstLine(string text) => text.Split('\n')[0];

    private static string CitedLine(string text) => text.Split('\n').FirstOrDefault(l => l.StartsWith("[1]", StringComparison.Ordinal)) ?? "(none)";

    private static string Normalize(string text) =>
        text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u00A0', ' ');
}
