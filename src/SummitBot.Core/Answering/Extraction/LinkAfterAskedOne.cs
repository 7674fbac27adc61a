using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Which opera was booed on its first night?" of "critics booed a Czech opera because the lead was ill" or "the
/// director of the Spring Opera": asked which one (a particular one, by name), the words after the question's word
/// that open with a preposition ("of the Spring Opera", what the word belongs to) or a subordinating conjunction
/// ("because ...", a reason or a time) say something about it, and name none; they are no answer to "which".
/// </summary>
internal static class LinkAfterAskedOne
{
    /// <summary>Conjunctions that open a clause of reason, time or condition after a noun.</summary>
    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "because", "since", "although", "though", "unless", "if", "when", "while", "whereas", "until", "before", "after", "as",
    };

    /// <summary>
    /// Whether the question asks which thing (asked which part of a town, "in the harbour district" is the place
    /// itself), <paramref name="word"/> is a noun as written (after a verb, "sailed past Skarv Point", the preposition
    /// leads to the place the verb went), and <paramref name="first"/>, the span's first word, only links what follows
    /// to it.
    /// </summary>
    public static bool Opens(QuestionReading question, Language.Token word, Language.Token first) =>
        question.Type == AnswerType.What && first.IsWord && !word.IsCapitalized
        && (Subordinators.Contains(first.Text) || Language.Words.CommonWords.IsPreposition(first.Text))
        && Language.Relations.WordRelations.Default.IsNoun(word.Text.ToLowerInvariant())
        && WhichOnes.Asked(question) && !AfterPreposition(question); // the question's own tests last: AfterPreposition tokenizes it

    /// <summary>"In which part of the town ...?": the question asks the object of a preposition, so the answer opens with one.</summary>
    private static bool AfterPreposition(QuestionReading question)
    {
        var words = Language.Tokenizer.Tokenize(question.Text);
        return words.Zip(words.Skip(1)).Any(p => p.Second.Text.Equals("which", StringComparison.OrdinalIgnoreCase) && Language.Words.CommonWords.IsPreposition(p.First.Text));
    }
}
