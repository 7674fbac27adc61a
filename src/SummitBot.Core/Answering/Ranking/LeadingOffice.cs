using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Who heads the general staff?" and "Ri Myong Su, the chief of the general staff": the question's verb of leading
/// is told by the office that leads ("chief", "director", "chairman"), as the question's reading already asks of the
/// title (<see cref="QuestionReading.AsksHead"/>).
/// </summary>
internal static class LeadingOffice
{
    private static readonly HashSet<string> LeadingVerbs = new(StringComparer.OrdinalIgnoreCase) { "heads", "leads", "runs", "chairs", "directs", "commands" };

    /// <summary>Whether <paramref name="term"/> is the question's verb of leading and the sentence names an office that leads.</summary>
    public static bool Tells(QuestionReading question, QuestionTerm term, Passage passage) =>
        question.AsksHead && LeadingVerbs.Contains(term.Word)
        && passage.Analysis.Tokens.Any(t => t.IsWord && RoleWords.Leading.Contains(t.Text));
}
