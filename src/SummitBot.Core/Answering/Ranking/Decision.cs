using SummitBot.Answering.Extraction;
using SummitBot.Search;

namespace SummitBot.Answering.Ranking;

/// <summary>What the decline policy decided: the answer with its evidence, a question back (two people fit), or a decline and why.</summary>
internal sealed record Decision(AnswerCandidate? Best, Evidence? Evidence, DeclineReason? Decline)
{
    /// <summary>"Which Kim do you mean?": the people a shared name could mean, each with a fitting answer.</summary>
    public IReadOnlyList<CatalogPerson> AskBack { get; init; } = [];

    /// <summary>The candidates weighed, best first (for <c>ask --explain</c>).</summary>
    public IReadOnlyList<(AnswerCandidate Candidate, Evidence Evidence)> Weighed { get; init; } = [];

    /// <summary>No decision taken (the text was not looked at).</summary>
    public static readonly Decision None = new(null, null, DeclineReason.NotFound);

    public bool Answered => Best is not null && Decline is null && AskBack.Count == 0;

    /// <summary>Other sources that give the same answer, each cited beside the best one.</summary>
    public IReadOnlyList<AnswerCandidate> Corroborating { get; init; } = [];

    /// <summary>A different answer an earlier (or undated) report gave, which the story has since moved on from.</summary>
    public AnswerCandidate? Earlier { get; init; }

    /// <summary>For a decline: what the question names that no passage has ("a third summit"), when that is why.</summary>
    public string? Unmentioned { get; init; }
}
