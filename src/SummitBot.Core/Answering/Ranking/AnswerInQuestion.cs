using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Which Chinese company will finish the academy?" and "would be finished by a Chinese company": an answer made only
/// of the question's own words tells the asker nothing they did not say, and here it hides that the article never
/// names the company. Such an answer is no answer. A place is the exception ("Where is the Hanoi summit?" is rightly
/// answered "Hanoi"), and so are the kinds whose answer is not a phrase of the text (yes or no, a quotation).
/// </summary>
internal static class AnswerInQuestion
{
    /// <summary>What an answer of the question's words keeps of its fit: nothing.</summary>
    private const double Restated = 0.0;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (candidate.IsCurated || question.Type is AnswerType.Place or AnswerType.YesNo or AnswerType.Quote or AnswerType.Reason)
        {
            return 1.0;
        }

        var words = Tokenizer.LowerWords(candidate.Answer).Where(w => !CommonWords.IsFunctionWord(w)).ToList();
        return words.Count > 0 && words.All(w => question.LowerWords.Contains(w) || question.LowerWords.Contains(w + "s") || w.EndsWith('s') && question.LowerWords.Contains(w[..^1]))
            ? Restated
            : 1.0;
    }
}
