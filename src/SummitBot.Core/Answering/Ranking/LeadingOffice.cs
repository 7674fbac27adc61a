using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Who heads the general staff?" and "Ri Myong Su, the chief of the general staff": the question's verb of leading
/// is told by the office that leads ("chief", "director", "chairman"), as the question's reading already asks of the
/// title (<see cref="QuestionReading.AsksHead"/>); "in charge of" is told by leading, as an office or a verb.
/// </summary>
internal static class LeadingOffice
{
    /// <summary>Verbs of leading as a sentence tells them ("who has led the team for 14 months").</summary>
    private static readonly HashSet<string> Leading = new(StringComparer.OrdinalIgnoreCase)
    {
        "lead", "leads", "led", "leading", "head", "heads", "headed", "heading", "run", "runs", "ran", "running", "chair", "chairs", "chaired",
        "command", "commands", "commanded", "direct", "directs", "directed", "manage", "manages", "managed", "coach", "coaches", "coached",
    };

    /// <summary>
    /// Whether <paramref name="term"/> is the question's verb of leading and the sentence names an office that leads; or
    /// the "charge" of "in charge of" and the sentence tells leading by an office or a verb ("How long has Bento been in
    /// charge of the team?" of "Bento, who has led the team for 14 months").
    /// </summary>
    public static bool Tells(QuestionReading question, QuestionTerm term, Passage passage) =>
        (question.AsksHead && QuestionWords.IsHeading(term.Word.ToLowerInvariant()) && passage.Analysis.Tokens.Any(t => t.IsWord && RoleWords.Leading.Contains(t.Text)))
        || (term.Word.Equals("charge", StringComparison.OrdinalIgnoreCase) && question.Text.Contains("in charge", StringComparison.OrdinalIgnoreCase)
            && passage.Analysis.Tokens.Any(t => t.IsWord && (Leading.Contains(t.Text) || RoleWords.Leading.Contains(t.Text))));
}
