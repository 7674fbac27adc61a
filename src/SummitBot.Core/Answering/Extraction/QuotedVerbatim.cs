using SummitBot.Language;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// 'Who said "this is not the end but a beginning"?': a question that quotes words asks for whoever said those very
/// words. A quote that has only some of their content words ("in the week beginning Feb. 17") is someone else's, however
/// near its words stand to its speaker; one that has them all, in their order, is the one asked.
/// </summary>
internal static class QuotedVerbatim
{
    /// <summary>How much of its fit a quote keeps that lacks the words the question quotes, run together as quoted.</summary>
    public const double Weight = 0.8;

    /// <summary>Whether the question quotes two words or more (<paramref name="asked"/>, read by <see cref="Asked"/>) and <paramref name="said"/> lacks them as one run.</summary>
    public static bool Lacks(List<string> asked, string said)
    {
        if (asked.Count < 2)
        {
            return false;
        }

        var words = Words(said);
        for (var i = 0; i + asked.Count <= words.Count; i++)
        {
            if (asked.Select((w, k) => words[i + k] == w).All(same => same))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The lower-case words between the question's quote marks (a straight mark opens and closes; typographic ones say which).</summary>
    public static List<string> Asked(string question)
    {
        var words = new List<string>();
        var quoted = false;
        foreach (var token in Tokenizer.Tokenize(question))
        {
            if (token.Kind == TokenKind.Quote && token.Text is "\"" or "\u201C" or "\u201D")
            {
                quoted = token.Text switch { "\u201C" => true, "\u201D" => false, _ => !quoted };
            }
            else if (quoted && token.IsWord)
            {
                words.Add(Plain(token.Text));
            }
        }

        return words;
    }

    private static List<string> Words(string text) => [.. Tokenizer.Tokenize(text).Where(t => t.IsWord).Select(t => Plain(t.Text))];

    /// <summary>Typed and typeset apostrophes are one ("we've", "we’ve").</summary>
    private static string Plain(string word) => word.ToLowerInvariant().Replace('\u2019', '\'');
}
