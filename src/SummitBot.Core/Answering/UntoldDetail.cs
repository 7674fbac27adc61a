using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering;

/// <summary>
/// "Did the ministry say when the plant would reopen?" asks whether a detail was told, not whether the deed was done.
/// "The ministry did not say when the plant would reopen" answers "No" in so many words: a negated verb of telling
/// right before the same question word, with the question's deed after it. A sentence that only tells the deed
/// ("the plant will reopen, the ministry said") answers "Yes" only when it gives the detail asked (a date for "when",
/// a place for "where", a person for "who"); one without it does not answer at all.
/// </summary>
internal static class UntoldDetail
{
    /// <summary>How many tokens may stand between the negation and the verb of telling ("did not immediately say").</summary>
    private const int Gap = 3;

    /// <summary>Verbs of telling a detail, in the forms a question and a sentence use them.</summary>
    private static readonly HashSet<string> Telling = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "said", "says", "tell", "told", "tells", "report", "reported", "reports", "disclose", "disclosed", "discloses",
        "reveal", "revealed", "reveals", "announce", "announced", "announces", "specify", "specified", "specifies",
        "mention", "mentioned", "mentions", "explain", "explained", "explains", "give", "gave", "gives", "indicate", "indicated", "indicates",
    };

    /// <summary>Question words a detail is asked with, after a verb of telling.</summary>
    /// <summary>
    /// Only details a reading marks: "whether" and "how much" ask of the deed itself ("did they say whether China would
    /// cut supplies?" is answered by what they said), left to the plain reading.
    /// </summary>
    private static readonly HashSet<string> Details = new(StringComparer.OrdinalIgnoreCase) { "when", "where", "who" };

    /// <summary>"when" of "did they say when ...", or null when the yes/no question asks no told detail.</summary>
    public static string? Asked(QuestionReading question)
    {
        var words = Language.Tokenizer.LowerWords(question.Text);
        for (var i = 1; i + 1 < words.Count; i++)
        {
            if (Telling.Contains(words[i]) && Details.Contains(words[i + 1]))
            {
                return words[i + 1];
            }
        }

        return null;
    }

    /// <summary>Whether the sentence says the detail was not told ("did not say when the visit took place"), of the question's deed.</summary>
    public static bool Denies(QuestionReading question, Passage passage)
    {
        if (Asked(question) is not { } detail)
        {
            return false;
        }

        var deed = DeedTerms(question, detail);
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (Telling.Contains(tokens[i].Text) && tokens[i + 1].Text.Equals(detail, StringComparison.OrdinalIgnoreCase) && VerbNegation.Before(tokens, i)
                && Enumerable.Range(i + 2, tokens.Count - i - 2).Any(k => deed.Any(t => t.IsIn(stems[k]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a sentence can answer "Yes": it gives a detail of the kind asked ("when": a date).</summary>
    public static bool Gives(QuestionReading question, Passage passage) => Asked(question) switch
    {
        "when" => passage.Of(AnnotationKind.Date).Count > 0,
        "where" => passage.Of(AnnotationKind.Place).Count > 0,
        "who" => passage.Of(AnnotationKind.Person).Count > 0,
        _ => true,
    };

    /// <summary>The question's content words after the detail's question word: the deed the detail is of.</summary>
    private static List<QuestionTerm> DeedTerms(QuestionReading question, string detail)
    {
        var words = Language.Tokenizer.LowerWords(question.Text);
        var after = words.Skip(words.IndexOf(detail) + 1).ToHashSet();
        return [.. question.Terms.Where(t => t.Role is TermRole.Content or TermRole.Event && after.Contains(t.Word.ToLowerInvariant()))];
    }
}
