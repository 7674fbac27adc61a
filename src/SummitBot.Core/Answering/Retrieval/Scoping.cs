using SummitBot.Answering.Questions;
using SummitBot.Search;

namespace SummitBot.Answering.Retrieval;

/// <summary>
/// Narrows a question to the part of the archive it is about (<see cref="SearchScope"/>: the sources a broad first
/// search finds for it) and weighs its words there, so that noise, articles about other stories, changes neither
/// which sentences are retrieved nor how the evidence of an answer is weighed. Knowledge of up to
/// <see cref="Sources"/> sources is its own scope: the question is left exactly as read.
/// </summary>
internal static class Scoping
{
    /// <summary>How many sources a scope holds.</summary>
    public const int Sources = 40;

    /// <summary>How many of the broad search's best sentences are looked at for their sources.</summary>
    public const int Depth = 200;

    public static QuestionReading Narrow(QuestionReading reading, AnsweringModel model)
    {
        if (model.Snapshot.SourceCount <= Sources)
        {
            // Its own scope: no probe to build.
            return reading;
        }

        var probe = SentenceRetriever.Query(reading, model);
        if (probe.Clauses.Count == 0)
        {
            return reading;
        }

        var scope = model.Snapshot.Scope(probe, Sources, Depth);
        if (scope.IsWhole)
        {
            return reading;
        }

        return reading with
        {
            Scope = scope,
            Terms = [.. reading.Terms.Select(t => Reweigh(t, scope))],
            Claim = reading.Claim is { } claim ? Reweigh(claim, scope) : null,
        };
    }

    private static QuestionTerm Reweigh(QuestionTerm term, SearchScope scope) => term with { Weight = scope.Weight(term.Stem) };
}
