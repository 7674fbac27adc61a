namespace SummitBot.Answering.Curated;

/// <summary>
/// The entities one alias names. Most aliases name one entity, so that one is held inline and a list exists only for
/// aliases shared by several (titles, generic names): at archive scale that spares a list for each of hundreds of
/// thousands of names.
/// </summary>
internal readonly struct AliasTargets
{
    private readonly string? _entityId;
    private readonly bool _generic;
    private readonly List<(string EntityId, bool Generic)>? _more;

    private AliasTargets(string? entityId, bool generic, List<(string EntityId, bool Generic)>? more)
    {
        _entityId = entityId;
        _generic = generic;
        _more = more;
    }

    /// <summary>These targets and one more.</summary>
    public AliasTargets With(string entityId, bool generic)
    {
        if (_entityId is null)
        {
            return new AliasTargets(entityId, generic, null);
        }

        var more = _more ?? [];
        more.Add((entityId, generic));
        return new AliasTargets(_entityId, _generic, more);
    }

    /// <summary>Adds a mention of each target, at <paramref name="start"/> for <paramref name="length"/> terms, to <paramref name="found"/>.</summary>
    public void AddTo(List<(int Start, int Length, string EntityId, bool Generic)> found, int start, int length)
    {
        if (_entityId is null)
        {
            return;
        }

        found.Add((start, length, _entityId, _generic));
        if (_more is null)
        {
            return;
        }

        foreach (var (entityId, generic) in _more)
        {
            found.Add((start, length, entityId, generic));
        }
    }
}
