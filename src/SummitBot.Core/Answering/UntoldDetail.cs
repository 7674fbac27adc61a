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

    /// <summary>
    /// Question words a detail is asked with, after a verb of telling, and the kind of answer each asks. Only details a
    /// reading marks: "whether" and "how much" ask of the deed itself ("did they say whether China would cut
    /// supplies?" is answered by what they said), left to the plain reading.
    /// </summary>
    private static readonly Dictionary<string, AnswerType> Details = new(StringComparer.OrdinalIgnoreCase)
    {
        ["when"] = AnswerType.Date, ["where"] = AnswerType.Place, ["who"] = AnswerType.Person,
    };

    /// <summary>The kind of detail "did they say when ..." asks (a date), or null when the yes/no question asks no told detail.</summary>
    public static AnswerType? Asked(QuestionReading question) => At(question) is { } at ? Details[at.Word] : null;

    /// <summary>The question word of the detail asked and its place among the question's words, or null.</summary>
    private static DetailWord? At(QuestionReading question)
    {
        var words = Language.Tokenizer.LowerWords(question.Text);
        for (var i = 1; i + 1 < words.Count; i++)
        {
            if (Telling.Contains(words[i]) && Details.ContainsKey(words[i + 1]))
            {
                return new DetailWord(words[i + 1], i + 1, words);
            }
        }

        return null;
    }

    /// <summary>Whether the sentence says the detail was not told ("did not say when the visit took place"), of the question's deed.</summary>
    public static bool Denies(QuestionReading question, Passage passage)
    {
        if (At(question) is not { } asked)
        {
            return false;
        }

        var detail = asked.Word;
        var deed = DeedTerms(question, asked);
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
        AnswerType.Date => passage.Of(AnnotationKind.Date).Count > 0,
        AnswerType.Place => passage.Of(AnnotationKind.Place).Count > 0,
        AnswerType.Person => passage.Of(AnnotationKind.Person).Count > 0,
        _ => true,
    };

    /// <summary>The question's content words after the detail's question word: the deed the detail is of.</summary>
    private static List<QuestionTerm> DeedTerms(QuestionReading question, DetailWord asked)
    {
        var after = asked.Words.Skip(asked.Index + 1).ToHashSet();
        return [.. question.Terms.Where(t => t.Role is TermRole.Content or TermRole.Event && after.Contains(t.Word.ToLowerInvariant()))];
    }

    /// <summary>The question word of a detail asked ("when"), at <paramref name="Index"/> of the question's lower-case <paramref name="Words"/>.</summary>
    private readonly record struct DetailWord(string Word, int Index, List<string> Words);
}
