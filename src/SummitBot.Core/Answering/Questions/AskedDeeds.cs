namespace SummitBot.Answering.Questions;

/// <summary>
/// The question's words that may be the verb of the deed it asks about ("fired", "convicted"), not participles that
/// only describe a noun ("the schooner caught in July"): what a sentence must tell done for its clause to be the deed's.
/// </summary>
internal static class AskedDeeds
{
    public static List<QuestionTerm> Of(QuestionReading question) =>
        [.. question.VerbTerms().Where(t => !question.DescribingParticiples.Contains(t.Word.ToLowerInvariant()))];
}
