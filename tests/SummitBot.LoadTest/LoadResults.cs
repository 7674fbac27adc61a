using System.Collections.Concurrent;

namespace SummitBot.LoadTest;

/// <summary>What the load run counted: every turn's status and latency, wrong answers, and the bot's memory over time.</summary>
internal sealed class LoadResults
{
    private readonly ConcurrentQueue<double> _latenciesMs = new();
    private readonly ConcurrentDictionary<string, int> _failures = new();
    private int _turns;
    private int _conversations;
    private int _serverErrors;
    private int _otherErrors;
    private int _wrongAnswers;

    public List<(double Seconds, int Turns, double RssMb)> Memory { get; } = [];

    public int Turns => Volatile.Read(ref _turns);

    public int Conversations => _conversations;

    public int ServerErrors => _serverErrors;

    public int OtherErrors => _otherErrors;

    public int WrongAnswers => _wrongAnswers;

    /// <summary>Each distinct failure with how often it happened, most frequent first.</summary>
    public IEnumerable<(string Failure, int Count)> Failures => _failures.OrderByDescending(f => f.Value).Select(f => (f.Key, f.Value));

    public void Turn(Conversation.Turn turn)
    {
        Interlocked.Increment(ref _turns);
        _latenciesMs.Enqueue(turn.Latency.TotalMilliseconds);
        if (turn.Status >= 500)
        {
            Interlocked.Increment(ref _serverErrors);
            Fail($"{turn.Status}: {turn.Error}");
        }
        else if (turn.Status is 0 or >= 300 || turn.Error is not null)
        {
            Interlocked.Increment(ref _otherErrors);
            Fail($"{turn.Status}: {turn.Error}");
        }
    }

    public void ConversationDone() => Interlocked.Increment(ref _conversations);

    public void Wrong(string caseId, string problem)
    {
        Interlocked.Increment(ref _wrongAnswers);
        Fail($"wrong answer in case {caseId}: {problem}");
    }

    public double Percentile(double p)
    {
        var sorted = _latenciesMs.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public double MaxMs => _latenciesMs.IsEmpty ? double.NaN : _latenciesMs.Max();

    private void Fail(string what)
    {
        // Distinct failures are few (a wrong case fails the same way each time); the cap guards against unbounded text.
        if (_failures.Count < 50 || _failures.ContainsKey(what))
        {
            _failures.AddOrUpdate(what, 1, (_, n) => n + 1);
        }
    }
}
