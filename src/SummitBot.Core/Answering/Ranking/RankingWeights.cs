namespace SummitBot.Answering.Ranking;

/// <summary>
/// The weights of the evidence features, in one place, and the confidence below which the bot declines. The passage's
/// support (coverage, in sentence, proximity, retrieval; weights summing to 1) is scaled by how well the answer fits
/// the kind asked: an answer of the wrong kind is wrong however well its sentence matches.
/// Calibrated on the development set (docs/answering.md): raising <see cref="Threshold"/> trades answers for fewer
/// wrong ones; a wrong cited answer is the worst outcome, so each counts as two right ones lost when it is chosen.
/// </summary>
internal static class RankingWeights
{
    public const double Coverage = 0.45;
    public const double InSentence = 0.10;
    public const double Proximity = 0.33;
    public const double Retrieval = 0.12;

    /// <summary>Confidence is support × (FitFloor + (1 − FitFloor) × fit).</summary>
    public const double FitFloor = 0.35;

    /// <summary>
    /// Below this confidence the bot declines. Chosen on the development set (`devset` benchmark's threshold sweep) as
    /// the threshold with the most right answers less twice the wrong ones and look-alikes answered: 0.60 kept 164
    /// right for 24 bad against 0.50's 177 for 36 (docs/answering.md); the holdout sets were checks, not tuned on.
    /// </summary>
    public const double Threshold = 0.6;

    /// <summary>
    /// How far below <see cref="Threshold"/> a sentence may score and still take the citation of an answer already
    /// settled, when it gives the same answer from the same source (<see cref="Sources.PresentTelling"/>): it moves where
    /// the answer is cited, never whether to answer, so a sentence at the bar's edge is not lost to a hair's change in
    /// retrieval rank.
    /// </summary>
    public const double CitationSlack = 0.05;

    /// <summary>A different answer from another passage this close to the best leaves the question unsettled: the bot declines.</summary>
    public const double RivalMargin = 0.02;

    /// <summary>A yes/no question is answered "no" from another answer of its kind ("is it in Singapore?" → Hanoi) only this sure.</summary>
    public const double Contrary = 0.7;

    /// <summary>A question word the passage lacks costs this much per unit of its share of the question's weight, beyond losing coverage.</summary>
    public const double MissingPenalty = 0.15;

    /// <summary>A sentence that has none of the question's verbs says some other thing happened: its confidence is scaled by this.</summary>
    public const double OtherPredicate = 0.8;

    /// <summary>A verb the passage lacks counts this many times its weight in that penalty: the passage says some other thing happened.</summary>
    public const double MissingVerbFactor = 1.6;

    /// <summary>How a match counts by where it is found.</summary>
    public const double InContext = 0.85;
    public const double InNear = 0.5;

    /// <summary>A content word only the sentence before has.</summary>
    public const double InBefore = 0.45;
    public const double ByRelated = 0.7;

    /// <summary>
    /// A word of what a quote is about, found in the lines leading up to a quote by the person asked
    /// (<see cref="QuoteLeadIn"/>): the topic set out before the speaker's words, nearly as good as in the sentence.
    /// </summary>
    public const double InLeadIn = 0.85;

    /// <summary>
    /// The same, found only in the paragraph before the quote's (<see cref="QuoteLeadIn"/>): a quote goes on about the
    /// lines of its own paragraph ("... most of them are over 80. 'For them, there is no time left'"); a topic of the
    /// paragraph before may be another quote's.
    /// </summary>
    public const double InLeadInFar = 0.6;

    /// <summary>
    /// A passage that has the question's content words only by related words, none as asked: its confidence is scaled by
    /// this, for a word's relations span all its senses ("cover" a bill is "meet" it; "meet" a person is not covering).
    /// Low enough that the names asked and two such words alone stay below <see cref="Threshold"/> (0.85 did not).
    /// </summary>
    public const double OnlyRelated = 0.7;

    /// <summary>A name only the article has elsewhere (its headline, another sentence): the setting, weak evidence.</summary>
    public const double InArticle = 0.35;
}
