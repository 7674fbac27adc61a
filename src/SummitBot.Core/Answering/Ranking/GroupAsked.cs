using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Who are the four men the police are looking for?": a question that asks who a number of people are wants them
/// all; one person's name ("Doan Thi Huong", one of the women named beside them) is not the group asked about.
/// </summary>
internal static class GroupAsked
{
    /// <summary>How much of its fit one name keeps when a group of several is asked.</summary>
    private const double OneOfMany = 0.4;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (!question.AsksGroup)
        {
            return 1.0;
        }

        var listed = candidate.Answer.Contains(" and ", StringComparison.Ordinal) || candidate.Answer.Contains(',', StringComparison.Ordinal);
        return listed ? 1.0 : OneOfMany;
    }
}
