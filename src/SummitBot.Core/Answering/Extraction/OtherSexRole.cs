using SummitBot.Answering.Questions;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Who is the ministry's spokeswoman?" is not answered by "ministry spokesman Baik": a role asked in one sex's form
/// ("spokeswoman", "chairman") is not held by an office written in the other's, however the rest fits. A neutral form
/// ("spokesperson", "chair") on either side says nothing of it (<see cref="GenderedRoles"/>).
/// </summary>
internal static class OtherSexRole
{
    /// <summary>How much of its fit an office keeps that is the other sex's form of the role asked.</summary>
    public const double Weight = 0.1;

    /// <summary>Whether the office says, in the other sex's form, a gendered role word the question asks.</summary>
    public static bool Is(QuestionReading question, string office)
    {
        var asked = question.Terms.Where(t => question.AskedRole.Contains(t.Stem)).Select(t => t.Word).ToList();
        if (asked.Count == 0)
        {
            return false;
        }

        var said = office.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', ';', ':', '"', '\'')).ToList();
        return asked.Any(a => said.Any(s => GenderedRoles.IsOtherForm(a, s)));
    }
}
