using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "What is the state department's budget?" is not answered by "It charges no tuition and runs on an annual budget of
/// about $2.5 million" (a university's): an amount or count asked of an owner (<see cref="QuestionReading.Owner"/>)
/// whose sentence, what it refers back to and the sentence before have no word of that owner belongs to another.
/// "a department of about 75,000 employees ... with a budget of ..." keeps the owner's head noun and still answers.
/// </summary>
internal static class OwnerAbsent
{
    /// <summary>How much of its fit an amount keeps when nothing near it names the owner asked.</summary>
    private const double Other = 0.3;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Owner.Count == 0 || candidate.Passage is not { } passage || NamedOwner(question))
        {
            return 1.0;
        }

        // The owner's head (its last word) or a term of the question made of the owner's words with that head, by word or
        // related word: "the korean players" is not found in "inter-Korean" alone.
        var head = passage.Analyze(question.Owner[^1]);
        var owned = question.Terms.Where(t => t.Word.Split(' ') is var words && words.All(w => question.Owner.Contains(w.ToLowerInvariant()))
            && words.Any(w => w.Equals(question.Owner[^1], StringComparison.OrdinalIgnoreCase))).ToList();
        bool Has(IReadOnlySet<string> stems) => head.Any(stems.Contains) || owned.Any(t => t.IsIn(stems));
        return Has(passage.Words) || Has(passage.Context) || Has(passage.Near) || Has(passage.Before) ? 1.0 : Other;
    }

    /// <summary>An owner named by a name ("North Korea's exports", "Moon's wife"): names are required where they stand already.</summary>
    private static bool NamedOwner(QuestionReading question) =>
        question.People.Any(p => p.Words.Split(' ').Any(w => question.Owner.Contains(w.ToLowerInvariant())))
        || question.Terms.Any(t => t.Role == TermRole.Name && t.Word.Split(' ').Any(w => question.Owner.Contains(w.ToLowerInvariant())));
}
