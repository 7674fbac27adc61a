namespace SummitBot.Answering.Ranking;

/// <summary>Where a passage has a word of the question; the nearer, the more it counts (see <see cref="RankingWeights"/>).</summary>
internal enum MatchedIn
{
    Nowhere,
    Sentence,
    Context,
    Near,
    Article,
}
