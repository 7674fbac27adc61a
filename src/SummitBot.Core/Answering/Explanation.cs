using System.Globalization;
using System.Text;
using SummitBot.Answering.Questions;
using SummitBot.Answering.Ranking;

namespace SummitBot.Answering;

/// <summary>Writes the report <see cref="IAnswerExplainer"/> gives: the reading, then the candidates best first with their evidence, then the decision.</summary>
internal static class Explanation
{
    private const int Shown = 40;

    public static string Write(QuestionReading reading, Decision decision, string? curatedFact, Evidence? curated, bool curatedWins)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"Question as read: \u201C{reading.Text}\u201D");
        text.AppendLine(invariant, $"Kind of answer: {reading.Type}{(reading.PlaceKind is { } grain ? $" ({grain})" : string.Empty)}{(reading.Outright ? string.Empty : " (not said outright)")}"
            + $"{(reading.Time is { } time ? $"; time: {time.Display()}" : string.Empty)}{(reading.Future is { } future ? (future ? "; future" : "; past") : string.Empty)}{(reading.Negated ? "; negated" : string.Empty)}");
        text.AppendLine("Words a passage must have: " + string.Join(", ", reading.Terms.Select(t =>
            $"{t.Word} ({t.Role}, weight {t.Weight.ToString("F1", invariant)}{(t.Unknown ? ", used by no source" : string.Empty)}{(t.Related.Count > 0 ? ", or " + string.Join("/", t.Related.Take(4)) : string.Empty)})")));
        foreach (var person in reading.People)
        {
            text.AppendLine(invariant, $"Names \u201C{person.Words}\u201D{(person.ByRole ? " (by role)" : string.Empty)}: {string.Join(" or ", person.Candidates.Select(c => c.Name))}");
        }

        if (reading.AskedRole.Count > 0)
        {
            text.AppendLine("Asks who holds the role: " + string.Join(' ', reading.AskedRole));
        }

        if (curatedFact is not null)
        {
            text.AppendLine(invariant, $"A hand-written fact fits: {curatedFact}; {curated}; it {(curatedWins ? "wins" : "gives way to the answer from text or a decline")}");
        }

        text.AppendLine(invariant, $"Candidates (answer when confidence >= {RankingWeights.Threshold.ToString("F2", invariant)} and nothing vetoes):");
        var rank = 0;
        foreach (var (candidate, evidence) in decision.Weighed.Take(Shown))
        {
            var passage = candidate.Passage!;
            text.AppendLine(invariant, $"{++rank}. \u201C{candidate.Answer}\u201D ({candidate.Note}) from {passage.Source.Id} {passage.Hit.Paragraph}.{passage.Hit.Sentence}: {passage.Text}");
            text.AppendLine("   " + evidence);
        }

        if (decision.Weighed.Count == 0)
        {
            text.AppendLine("   (no passage has an answer of this kind)");
        }

        if (curatedWins)
        {
            text.AppendLine(invariant, $"Decision: answer with the hand-written fact {curatedFact}");
            return text.ToString();
        }

        text.AppendLine(decision.AskBack.Count > 1 ? $"Decision: ask back which of {string.Join(", ", decision.AskBack.Select(p => p.Name))} is meant"
            : decision.Answered ? $"Decision: answer with \u201C{decision.Best!.Answer}\u201D"
            : $"Decision: decline ({decision.Decline})");
        return text.ToString();
    }
}
