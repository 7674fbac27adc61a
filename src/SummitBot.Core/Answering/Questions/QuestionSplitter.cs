using SummitBot.Language;

namespace SummitBot.Answering.Questions;

/// <summary>
/// Splits a message into the questions it asks: "where and when is the second summit?" into "where is the second
/// summit?" and "when is the second summit?"; "who is Biegun and who does he meet?" at the second question word;
/// "Where is it? When is it?" at its question marks. A message with one question stays whole, less what the asker
/// says before it ("I keep hearing different figures, so how much ...?").
/// </summary>
internal static class QuestionSplitter
{
    private const int MostParts = 3;

    private static readonly HashSet<string> WhWords = new(StringComparer.OrdinalIgnoreCase) { "what", "which", "who", "whom", "where", "when", "why", "how" };

    public static IReadOnlyList<string> Split(string text)
    {
        text = WithoutLeadIn(text);
        if (IsOneQuestion(text))
        {
            return [text];
        }

        var parts = new List<string>();
        foreach (var sentence in Sentences(text))
        {
            parts.AddRange(SplitOne(sentence));
        }

        return parts.Count == 0 ? [text] : parts.Take(MostParts).ToList();
    }

    /// <summary>Most messages: no "and", and nothing after their first question mark but more of them.</summary>
    private static bool IsOneQuestion(string text)
    {
        var mark = text.IndexOf('?');
        return !text.Contains("and", StringComparison.OrdinalIgnoreCase) && (mark < 0 || !text.AsSpan(mark).ContainsAnyExcept('?', ' '));
    }

    private static IEnumerable<string> Sentences(string text)
    {
        var pieces = text.Split('?', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(p => p.Length > 0).ToList();
        // A lone question word after a question ("Where is the summit? When?") asks about the same thing.
        return pieces.Count <= 1 ? [text] : pieces.Where((p, i) => Tokenizer.Tokenize(p) is var words && (words.Count(t => t.IsWord) >= 2 || (i > 0 && words.Count == 1 && WhWords.Contains(words[0].Text)))).Select(p => p + "?");
    }

    private static IEnumerable<string> SplitOne(string sentence)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var words = tokens.Where(t => t.IsWord).ToList();

        // "where and when is X?": two question words joined, then what both ask about.
        if (words.Count >= 4 && WhWords.Contains(words[0].Text) && words[1].Is("and") && WhWords.Contains(words[2].Text))
        {
            var rest = sentence[words[3].Start..];
            return [words[0].Text + " " + rest, words[2].Text + " " + rest];
        }

        // "who is Biegun and who does he meet?", "Where is the summit, and when?".
        for (var i = 2; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Is("and") && AsksAgain(tokens, i + 1) && !(i > 0 && WhWords.Contains(tokens[i - 1].Text)))
            {
                var first = sentence[..tokens[i].Start].TrimEnd(' ', ',');
                var second = sentence[tokens[i].Start..];
                return [first.EndsWith('?') ? first : first + "?", second];
            }
        }

        return [sentence];
    }

    /// <summary>A second question starting at <paramref name="i"/>: a question word, or one after its preposition ("and at what time?", "and in which city?").</summary>
    private static bool AsksAgain(List<Token> tokens, int i) =>
        WhWords.Contains(tokens[i].Text)
        || (i + 1 < tokens.Count && tokens[i + 1].Text.ToLowerInvariant() is "what" or "which" or "whom" or "how" && Language.Words.CommonWords.IsPreposition(tokens[i].Text.ToLowerInvariant()));

    /// <summary>
    /// "I keep hearing different figures, so how much ...?": what the asker says before ", so" or ", but" and a question
    /// word is no part of the question. Read as one, its words ("hearing", "figures") are words a passage must have,
    /// and the sentence that answers lacks them. A message that opens with a question word is left whole.
    /// </summary>
    private static string WithoutLeadIn(string sentence)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        if (tokens.Count == 0 || WhWords.Contains(tokens[0].Text))
        {
            return sentence;
        }

        for (var i = 2; i + 1 < tokens.Count; i++)
        {
            if (tokens[i - 1].Text == "," && (tokens[i].Is("so") || tokens[i].Is("but")) && WhWords.Contains(tokens[i + 1].Text))
            {
                return sentence[tokens[i + 1].Start..];
            }
        }

        return sentence;
    }
}
