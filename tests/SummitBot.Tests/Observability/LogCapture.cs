using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SummitBot.Tests.Observability;

/// <summary>
/// A logger provider that keeps every log record with its formatted message, exception and the scope values around it,
/// so tests can assert what was (and was not) logged.
/// </summary>
public sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<LogRecord> _records = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<LogRecord> Records => [.. _records];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    /// <summary>Everything a log sink could write: category, message, exception text, state and scope values.</summary>
    public string AllText() => string.Join("\n", Records.Select(r => r.FullText));

    private sealed class Logger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new Dictionary<string, object?>();
            var scopeTexts = new List<string>();
            owner._scopes.ForEachScope(
                (scope, _) =>
                {
                    scopeTexts.Add(scope?.ToString() ?? string.Empty);
                    if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                    {
                        foreach (var (key, value) in pairs)
                        {
                            scopes[key] = value;
                        }
                    }
                },
                (object?)null);

            var stateText = state is IEnumerable<KeyValuePair<string, object?>> values
                ? string.Join(", ", values.Select(v => $"{v.Key}={v.Value}"))
                : state?.ToString() ?? string.Empty;
            owner._records.Enqueue(new LogRecord(logLevel, category, formatter(state, exception), exception?.ToString(), stateText, scopes, string.Join(" => ", scopeTexts)));
        }
    }
}

/// <summary>One captured log record.</summary>
public sealed record LogRecord(
    LogLevel Level,
    string Category,
    string Message,
    string? Exception,
    string State,
    IReadOnlyDictionary<string, object?> Scopes,
    string ScopeText)
{
    public string FullText => $"{Level} {Category}: {Message} | {State} | {ScopeText} | {Exception}";
}
