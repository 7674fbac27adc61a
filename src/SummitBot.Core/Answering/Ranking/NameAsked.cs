using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "What's the name of the villa where they met?" and "talks at a quiet villa outside the capital": the question asks
/// the noun "name", so only a proper name answers it; a description of the thing ("a quiet villa outside the capital",
/// "the villa") is no name, however well its sentence fits. With no name to give, declining is right.
/// </summary>
internal static class NameAsked
{
    /// <summary>What a description keeps of its fit when a name is asked: nothing.</summary>
    private const double Description = 0.0;

    public static double Fit(QuestionReading question, AnswerCandidate candidate) =>
        question.AsksNameOf && question.Type is AnswerType.What or AnswerType.Place or AnswerType.Organization && !IsProperName(candidate.Answer) ? Description : 1.0;

    /// <summary>Every word that is not a small function word ("of", "the", "and") starts with a capital or a digit.</summary>
    private static bool IsProperName(string answer)
    {
        var words = Language.Tokenizer.Tokenize(answer).Where(t => t.IsWord).ToList();
        return words.Count > 0 && words.All(w => w.IsCapitalized || char.IsDigit(w.Text[0]) || Language.Words.CommonWords.IsFunctionWord(w.Text))
            && words.Any(w => w.IsCapitalized);
    }
}
