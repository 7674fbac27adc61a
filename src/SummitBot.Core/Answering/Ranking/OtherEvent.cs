using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "the second meeting ... since their first historic summit in Singapore": Singapore qualifies the first summit,
/// so it does not answer a question about the second.
/// </summary>
internal static class OtherEvent
{
    /// <summary>Why the candidate answers of another event than the one the question numbers, or null.</summary>
    public static string? Veto(QuestionReading question, AnswerCandidate candidate)
    {
        var ordinal = question.Terms.FirstOrDefault(t => t.Role == TermRole.Ordinal);
        if (ordinal is null || candidate.Passage is null)
        {
            return null;
        }

        var words = candidate.Words.ToLowerInvariant();
        foreach (var e in candidate.Passage.Of(Language.Reading.AnnotationKind.Event))
        {
            var qualifiers = e.Detail.Split(' ');
            var other = qualifiers.FirstOrDefault(q => Language.Quantities.NumberWords.Ordinal(q) is { } n && n != (int)(ordinal.Value ?? 0));
            if (other is not null && words.Length > 0 && e.Detail.Contains(words, StringComparison.Ordinal))
            {
                return $"'{candidate.Words}' is of the {other} {e.Value}";
            }
        }

        return null;
    }
}
