using SummitBot.Answering.Questions;
using SummitBot.Knowledge;

namespace SummitBot.Answering.Composing;

/// <summary>The explicit "Yes" or "No" a hand-written fact's answer to a yes/no question starts with: yes when the fact's answer has what the question claims.</summary>
internal static class YesNo
{
    public static string Prefix(QuestionReading question, Fact fact, AnsweringModel model)
    {
        if (question.Type != AnswerType.YesNo)
        {
            return string.Empty;
        }

        if (question.Claim is not { } claim)
        {
            return "Yes: ";
        }

        var answer = model.Snapshot.Analyzer.Terms(fact.Answer + " " + fact.Says);
        return answer.Contains(claim.Stem) ? "Yes: " : "No: ";
    }
}
