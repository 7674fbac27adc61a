using System.Text;

namespace SummitBot.Unanswered;

/// <summary>
/// The record of a single instance: a file of JSON lines on local disk, appended to. It is kept within bounds by
/// rewriting it (to a temporary file, then moved over it) without the questions older than the maximum age and with
/// only the newest maximum number: whenever it has grown a quarter past that number, and at least once a day.
/// The report reads the file while the bot appends; a line cut short by a crash is skipped.
/// </summary>
public sealed class FileUnansweredStore : IUnansweredStore, IDisposable
{
    private static readonly TimeSpan CompactEvery = TimeSpan.FromDays(1);
    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly string _path;
    private readonly int _maxEntries;
    private readonly TimeSpan _maxAge;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _writing = new(1, 1);
    private int? _lines;
    private DateTimeOffset _compacted = DateTimeOffset.MinValue;

    public FileUnansweredStore(string path, int maxEntries, TimeSpan maxAge, TimeProvider time)
    {
        _path = path;
        _maxEntries = maxEntries;
        _maxAge = maxAge;
        _time = time;
    }

    public string Location => _path;

    public async Task AddAsync(IReadOnlyList<UnansweredQuestion> questions, CancellationToken cancellationToken)
    {
        if (questions.Count == 0)
        {
            return;
        }

        await _writing.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            _lines ??= File.Exists(_path) ? File.ReadLines(_path, Utf8).Count() : 0;
            var text = new StringBuilder();
            foreach (var question in questions)
            {
                text.Append(UnansweredJson.Serialize(question)).Append('\n');
            }

            await using (var file = new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
            {
                await file.WriteAsync(Utf8.GetBytes(text.ToString()), cancellationToken);
            }

            _lines += questions.Count;
            var now = _time.GetUtcNow();
            if (_lines > _maxEntries + (_maxEntries / 4) || now - _compacted > CompactEvery)
            {
                Compact(now);
            }
        }
        finally
        {
            _writing.Release();
        }
    }

    public Task<IReadOnlyList<UnansweredQuestion>> ReadAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var oldest = _time.GetUtcNow() - _maxAge;
        var from = since > oldest ? since : oldest;
        IReadOnlyList<UnansweredQuestion> questions = [.. ReadAll().Where(q => q.At >= from).OrderBy(q => q.At)];
        return Task.FromResult(questions);
    }

    public void Dispose() => _writing.Dispose();

    private IEnumerable<UnansweredQuestion> ReadAll()
    {
        if (!File.Exists(_path))
        {
            yield break;
        }

        using var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(file, Utf8);
        while (reader.ReadLine() is { } line)
        {
            if (UnansweredJson.Deserialize(line) is { } question)
            {
                yield return question;
            }
        }
    }

    /// <summary>Rewrites the file with the newest questions within the age limit, whole or not at all.</summary>
    private void Compact(DateTimeOffset now)
    {
        var kept = ReadAll().Where(q => q.At >= now - _maxAge).OrderBy(q => q.At).TakeLast(_maxEntries).ToList();
        var temporary = _path + $".{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllLines(temporary, kept.Select(UnansweredJson.Serialize), Utf8);
            File.Move(temporary, _path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        _lines = kept.Count;
        _compacted = now;
    }
}
