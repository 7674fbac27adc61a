using SummitBot.TestTools.QuestionSets;

namespace SummitBot.Benchmarks.Check;

/// <summary>
/// What raising the decline threshold would do to a set's answers: for each threshold, the answers whose confidence
/// reaches it and how many of them are right, wrong, or answer an unanswerable look-alike. Answers below the threshold
/// in use were declined already, so only thresholds from it up can be read from one run (docs/answering.md).
/// </summary>
internal sealed class ThresholdSweep
{
    /// <summary>A wrong cited answer counts as costing this many right ones when the threshold is chosen.</summary>
    public const double WrongCost = 2;

    private readonly List<(double Confidence, Verdict Verdict)> _answers = [];

    public void Add(double? confidence, Verdict verdict)
    {
        if (confidence is { } sure && verdict is Verdict.Right or Verdict.WrongAnswer or Verdict.WrongPassage or Verdict.WronglyAnswered)
        {
            _answers.Add((sure, verdict));
        }
    }

    public void Write(TextWriter output, double from)
    {
        output.WriteLine($"Threshold sweep (answers kept at each threshold; utility = right - {WrongCost} x (wrong + look-alikes answered)):");
        output.WriteLine("| threshold | answered | right | wrong | look-alikes answered | precision | utility |");
        output.WriteLine("|---|---|---|---|---|---|---|");
        for (var step = 0; step <= 6; step++)
        {
            var threshold = from + (0.05 * step);
            var kept = _answers.Where(a => a.Confidence >= threshold - 1e-9).ToList();
            var right = kept.Count(a => a.Verdict == Verdict.Right);
            var lookAlikes = kept.Count(a => a.Verdict == Verdict.WronglyAnswered);
            var wrong = kept.Count - right - lookAlikes;
            var precision = kept.Count == 0 ? 1 : right / (double)kept.Count;
            output.WriteLine(FormattableString.Invariant(
                $"| {threshold:F2} | {kept.Count} | {right} | {wrong} | {lookAlikes} | {precision:F3} | {right - (WrongCost * (wrong + lookAlikes)):F0} |"));
        }
    }
}
