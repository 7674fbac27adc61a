using System.Globalization;
using System.Text;

namespace SummitBot.TestTools.QuestionSets;

/// <summary>A set's results: per kind of question, and in all — answered right (with the right sentence cited), wrong with a citation, declined; unanswerable declined.</summary>
public sealed class ScoreBoard
{
    private readonly List<(SetCase Case, Verdict Verdict, string Reply)> _results = [];

    public void Add(SetCase c, Verdict verdict, string reply) => _results.Add((c, verdict, reply));

    public int Answerable => _results.Count(r => !r.Case.Declines);

    public int Right => _results.Count(r => r.Verdict == Verdict.Right);

    public int WrongCited => _results.Count(r => r.Verdict is Verdict.WrongPassage or Verdict.WrongAnswer);

    public int Unanswerable => _results.Count(r => r.Case.Declines);

    public int RightlyDeclined => _results.Count(r => r.Verdict == Verdict.RightlyDeclined);

    public double RightShare => Answerable == 0 ? 1 : Right / (double)Answerable;

    public double DeclinedShare => Unanswerable == 0 ? 1 : RightlyDeclined / (double)Unanswerable;

    /// <summary>Of the answers given with a citation, the share that was right.</summary>
    public double Precision => (Right + WrongCited + (Unanswerable - RightlyDeclined)) == 0 ? 1 : Right / (double)(Right + WrongCited + Unanswerable - RightlyDeclined);

    public string Report(string title, bool listFailures = true)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"{title}: answered right {Right}/{Answerable} ({RightShare:P1}), wrong with a citation {WrongCited}, declined {Answerable - Right - WrongCited}; "
            + $"unanswerable declined {RightlyDeclined}/{Unanswerable} ({DeclinedShare:P1}); precision of cited answers {Precision:P1}");
        foreach (var kind in _results.GroupBy(r => r.Case.Declines ? "unanswerable" : r.Case.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var good = kind.Count(r => r.Verdict is Verdict.Right or Verdict.RightlyDeclined);
            text.AppendLine(invariant, $"  {kind.Key,-14} {good,3}/{kind.Count(),-3} right, {kind.Count(r => r.Verdict is Verdict.WrongPassage or Verdict.WrongAnswer or Verdict.WronglyAnswered),2} wrong with a citation");
        }

        foreach (var group in new[] { ("paraphrases", (Func<SetCase, bool>)(c => c.Paraphrase)), ("follow-ups", c => c.Followup) })
        {
            var cases = _results.Where(r => group.Item2(r.Case)).ToList();
            text.AppendLine(invariant, $"  {group.Item1,-14} {cases.Count(r => r.Verdict is Verdict.Right or Verdict.RightlyDeclined),3}/{cases.Count} right");
        }

        if (listFailures)
        {
            foreach (var (c, verdict, reply) in _results.Where(r => r.Verdict is not (Verdict.Right or Verdict.RightlyDeclined)))
            {
                text.AppendLine(invariant, $"  {verdict,-15} {c.Id} [{(c.Declines ? "unanswerable " : string.Empty)}{c.Type}] \u201C{string.Join(" // ", c.Ask)}\u201D -> {Shorten(reply)}");
            }
        }

        return text.ToString();
    }

    private static string Shorten(string reply)
    {
        var line = reply.Replace('\n', ' ');
        return line.Length <= 160 ? line : line[..157] + "...";
    }
}
