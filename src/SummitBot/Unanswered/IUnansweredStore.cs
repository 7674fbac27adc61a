namespace SummitBot.Unanswered;

/// <summary>Where unanswered questions are kept, bounded in number and age: a file for one instance, Redis for several.</summary>
public interface IUnansweredStore
{
    /// <summary>Where the record is, for the report's reader ("Redis key summitbot:unanswered", a file path).</summary>
    string Location { get; }

    Task AddAsync(IReadOnlyList<UnansweredQuestion> questions, CancellationToken cancellationToken);

    /// <summary>The questions recorded at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<UnansweredQuestion>> ReadAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
