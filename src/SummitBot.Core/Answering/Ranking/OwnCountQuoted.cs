using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "How many boats fish out of the bay?" is not answered by a skipper's quoted "I have 14 boats": a count a speaker
/// tells in the first person singular ("I have", "my 14 boats") is that one person's own, never the whole of a place's
/// or a trade's. Asked how many or how much of no person; only when the count stands inside a quotation and its clause
/// says "I" or "my" before it. A question naming the speaker is a person's and is left alone.
/// </summary>
internal static class OwnCountQuoted
{
    /// <summary>How much of its fit a speaker's own quoted count keeps when no person is asked.</summary>
    public const double Weight = 0.3;

    /// <summary>The words by which a speaker tells of what is their own alone.</summary>
    private static readonly HashSet<string> FirstPersonSingular = new(StringComparer.Ordinal) { "I", "my", "My", "I've", "I'd" };

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.People.Count > 0 || candidate.Passage is not { } passage || question.Type is not (AnswerType.Number or AnswerType.Amount)
            || !InQuotes(passage.Text, candidate.Start))
        {
            return 1.0;
        }

        var (from, _) = Clauses.Around(passage.Text, candidate.Start);
        var own = passage.Analysis.Tokens.Any(t => t.Start >= from && t.Start < candidate.Start && FirstPersonSingular.Contains(t.Text));
        return own ? Weight : 1.0;
    }

    /// <summary>Whether an odd number of quotation marks stand before <paramref name="position"/>.</summary>
    private static bool InQuotes(string text, int position) =>
        text[..position].Count(c => c is '"' or '\u201C' or '\u201D') % 2 == 1;
}
