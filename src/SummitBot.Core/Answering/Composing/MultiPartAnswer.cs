using System.Text;

namespace SummitBot.Answering.Composing;

/// <summary>
/// One reply to a message that asks several questions: each part on its own line, answered with its citation or
/// declined; citations numbered once across the parts (a sentence that answers two parts is cited once).
/// </summary>
internal static class MultiPartAnswer
{
    public static Answer Combine(IReadOnlyList<(string Part, Answer Answer)> answers)
    {
        var text = new StringBuilder();
        var citations = new List<Citation>();
        foreach (var (part, answer) in answers)
        {
            var said = answer.Text;
            foreach (var citation in answer.Citations)
            {
                var same = citations.FindIndex(c => c.SourceId == citation.SourceId && c.Passage == citation.Passage);
                var position = same >= 0 ? same + 1 : citations.Count + 1;
                if (same < 0)
                {
                    citations.Add(citation with { Position = position });
                }

                said = said.Replace($"[{citation.Position}]", $"[{position}]", StringComparison.Ordinal);
            }

            text.Append(text.Length > 0 ? "\n" : string.Empty).Append(part.TrimEnd()).Append(' ').Append(said);
        }

        var last = answers[^1].Answer;
        var kind = answers.Any(a => a.Answer.IsAnswered) ? AnswerKind.Answered : answers.Any(a => a.Answer.Kind == AnswerKind.Clarification) ? AnswerKind.Clarification : AnswerKind.Declined;
        var suggestions = kind == AnswerKind.Answered ? [] : answers.SelectMany(a => a.Answer.Suggestions).Distinct().Take(3).ToList();
        return new Answer(kind, text.ToString(), citations, suggestions, answers.LastOrDefault(a => a.Answer.IsAnswered).Answer?.Context ?? last.Context)
        {
            Asked = answers[0].Answer.Asked,
            Decline = kind == AnswerKind.Declined ? answers[0].Answer.Decline : null,
            Confidence = answers.Where(a => a.Answer.IsAnswered).Select(a => a.Answer.Confidence).Min(),
        };
    }
}
