namespace SummitBot.Answering.Ranking;

/// <summary>
/// What speaks for one candidate answer, as features a person could check: how much of the question the passage has
/// (by word, synonym, related word or what it refers back to), how much in the sentence itself, how well the words fit
/// the kind asked, how near they stand to the question's words, how high retrieval ranked the passage, and what is
/// missing. <see cref="Confidence"/> is their weighted sum (<see cref="RankingWeights"/>).
/// </summary>
internal sealed record Evidence
{
    /// <summary>Share of the question's weight the passage has: in the sentence 1, in what it refers back to 0.85, in the sentence before 0.5, by a related word 0.7 of that.</summary>
    public double Coverage { get; init; }

    /// <summary>Share of the question's weight found in the sentence itself.</summary>
    public double InSentence { get; init; }

    /// <summary>How well the answer's words fit the kind of answer asked (from the extractor).</summary>
    public double TypeFit { get; init; }

    /// <summary>The fit features (<see cref="FitFeatures"/>) that lowered <see cref="TypeFit"/>, by name and factor.</summary>
    public IReadOnlyList<(string Name, double Factor)> Lowered { get; init; } = [];

    /// <summary>1 for the passage retrieval ranked first, falling to 0 at the end of the list.</summary>
    public double Retrieval { get; init; }

    /// <summary>1 when the answer stands next to the question's words in the sentence, less the farther away.</summary>
    public double Proximity { get; init; }

    /// <summary>Question words the passage does not have (neither in the sentence, its context, the sentence before, nor by a related word).</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>Why the candidate cannot be right whatever its score (a name, an ordinal or a number the passage lacks), or null.</summary>
    public string? Veto { get; init; }

    /// <summary>The passage has the question's content words only by related words (<see cref="RankingWeights.OnlyRelated"/>).</summary>
    public bool OnlyRelated { get; init; }

    /// <summary>From a hand-written fact that fits the question.</summary>
    public bool Curated { get; init; }

    public double Confidence { get; init; }

    /// <summary>Only the best it could score was worked out (it could not reach the threshold, or was vetoed).</summary>
    public bool Bounded { get; init; }

    public override string ToString() =>
        Curated ? $"confidence {Confidence:F2} = covers {Coverage:F2} of the question" + (Missing.Count > 0 ? $"; missing: {string.Join(", ", Missing)}" : string.Empty) + (Veto is null ? string.Empty : $"; VETO: {Veto}") :
        Bounded ? $"confidence at most {Confidence:F2}: coverage {Coverage:F2}, in sentence {InSentence:F2}, fit {TypeFit:F2}" + (Missing.Count > 0 ? $"; missing: {string.Join(", ", Missing)}" : string.Empty) + (Veto is null ? string.Empty : $"; VETO: {Veto}") :
        $"confidence {Confidence:F2} = coverage {Coverage:F2}, in sentence {InSentence:F2}, fit {TypeFit:F2}, proximity {Proximity:F2}, retrieval {Retrieval:F2}"
        + (Lowered.Count > 0 ? $"; fit lowered by {string.Join(", ", Lowered.Select(l => $"{l.Name} {l.Factor:F2}"))}" : string.Empty)
        + (Missing.Count > 0 ? $"; missing: {string.Join(", ", Missing)}" : string.Empty)
        + (OnlyRelated ? "; its content words only by related words" : string.Empty)
        + (Veto is null ? string.Empty : $"; VETO: {Veto}");
}
