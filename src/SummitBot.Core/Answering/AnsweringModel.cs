using System.Collections.Concurrent;
using SummitBot.Knowledge;
using SummitBot.Search;

namespace SummitBot.Answering;

/// <summary>
/// What answering derives once per knowledge generation: the alias index for finding entities in questions, the
/// analyzed forms of the question words, the spelling vocabulary, and each fact's evidence terms (built on first use).
/// </summary>
internal sealed class AnsweringModel
{
    private readonly Dictionary<string, List<(string[] Stems, string EntityId, bool Generic)>> _aliases = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FactTerms> _factTerms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _nameStems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KnowledgeEntity>> _involvedIn = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Class, int Ordinal), KnowledgeEntity> _byOrdinal = [];
    private readonly Dictionary<string, List<Fact>> _saidBy = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Fact>> _quotedBySource = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _answerKinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KnowledgeEntity>> _byClass = new(StringComparer.Ordinal);

    public AnsweringModel(KnowledgeSnapshot snapshot)
    {
        Snapshot = snapshot;
        var knowledge = snapshot.Knowledge;
        var analyzer = snapshot.Analyzer;

        // (entity, alias stems) already added, and one copy of each stem: only needed while building, so not kept.
        var aliasKeys = new HashSet<string>(StringComparer.Ordinal);
        var stems = new StringPool();
        foreach (var entity in knowledge.Entities.Values)
        {
            foreach (var alias in entity.Aliases)
            {
                AddAlias(analyzer.Terms(alias), entity.Id, generic: false, aliasKeys, stems);
            }

            foreach (var alias in entity.Generic)
            {
                AddAlias(analyzer.Terms(alias), entity.Id, generic: true, aliasKeys, stems);
            }
        }

        FrameStems = StemsOf(analyzer, QuestionWords.Frame);
        OrdinalStems = QuestionWords.Ordinals
            .SelectMany(o => analyzer.Terms(o.Key).Select(stem => (stem, o.Value)))
            .GroupBy(p => p.stem, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        OneStem = analyzer.Terms("one").FirstOrDefault() ?? "one";
        MeetingStems = StemsOf(analyzer, ["summit", "meeting", "meet", "talks", "sitdown"]);

        // Words the speller may mend to: names, aliases, synonyms and cue words, as questions spell them.
        var targets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in knowledge.Entities.Values)
        {
            foreach (var alias in entity.Aliases)
            {
                TextWords.AddTo(targets, alias);
            }

            foreach (var alias in entity.Generic)
            {
                TextWords.AddTo(targets, alias);
            }
        }

        foreach (var group in knowledge.Synonyms)
        {
            foreach (var entry in group)
            {
                TextWords.AddTo(targets, entry);
            }
        }

        foreach (var fact in knowledge.Facts)
        {
            if (fact.Cue is not null)
            {
                TextWords.AddTo(targets, fact.Cue);
            }
        }

        targets.UnionWith(QuestionWords.Frame);
        targets.UnionWith(QuestionWords.SayVerbs);

        targets.UnionWith(ChitChat.Words);
        Speller = new SpellingCorrector(IsKnownWord, targets);

        Examples = [.. knowledge.Facts.Where(f => f.Example is not null)];

        foreach (var entity in knowledge.Entities.Values)
        {
            foreach (var person in entity.Involves)
            {
                Add(_involvedIn, person, entity);
            }

            if (entity is { IsEvent: true, Class: not null, Ordinal: { } ordinal })
            {
                _byOrdinal.TryAdd((entity.Class, ordinal), entity);
            }

            if (entity is { IsEvent: true, Class: not null })
            {
                Add(_byClass, entity.Class, entity);
            }
        }

        foreach (var fact in knowledge.Facts)
        {
            if (fact.Asks is "place" or "date" or "person" or "number" or "title")
            {
                foreach (var stem in analyzer.Terms(fact.Answer))
                {
                    _answerKinds.TryAdd(stem, fact.Asks);
                }
            }

            if (fact.SaidBy is not null)
            {
                foreach (var stem in analyzer.Terms(fact.SaidBy).Distinct(StringComparer.Ordinal))
                {
                    Add(_saidBy, stem, fact);
                }

                Add(_quotedBySource, fact.SourceId, fact);
            }
        }
    }

    /// <summary>Events that involve the person with id <paramref name="personId"/>.</summary>
    public IReadOnlyList<KnowledgeEntity> EventsInvolving(string personId) =>
        _involvedIn.TryGetValue(personId, out var events) ? events : [];

    /// <summary>The event of <paramref name="eventClass"/> with <paramref name="ordinal"/> ("the third summit"), if the knowledge has one.</summary>
    public KnowledgeEntity? EventByOrdinal(string? eventClass, int ordinal) =>
        eventClass is not null && _byOrdinal.TryGetValue((eventClass, ordinal), out var entity) ? entity : null;

    /// <summary>The events of one class ("summit").</summary>
    public IReadOnlyList<KnowledgeEntity> EventsOfClass(string eventClass) =>
        _byClass.TryGetValue(eventClass, out var events) ? events : [];

    /// <summary>Facts whose speaker's name holds <paramref name="stem"/>.</summary>
    public IReadOnlyList<Fact> SaidBy(string stem) =>
        _saidBy.TryGetValue(stem, out var facts) ? facts : [];

    /// <summary>The kind of answer (place, date, ...) a term is the answer of somewhere in the knowledge ("singapor" → place), or null.</summary>
    public string? AnswerKindOf(string stem) => _answerKinds.GetValueOrDefault(stem);

    /// <summary>Facts of a source that quote someone.</summary>
    public IReadOnlyList<Fact> QuotesIn(string sourceId) =>
        _quotedBySource.TryGetValue(sourceId, out var facts) ? facts : [];

    public KnowledgeSnapshot Snapshot { get; }

    public KnowledgeBase Knowledge => Snapshot.Knowledge;

    public IReadOnlySet<string> FrameStems { get; }

    public IReadOnlyDictionary<string, int> OrdinalStems { get; }

    public string OneStem { get; }

    public IReadOnlySet<string> MeetingStems { get; }

    public SpellingCorrector Speller { get; }

    /// <summary>Facts with an example question, in knowledge order.</summary>
    public IReadOnlyList<Fact> Examples { get; }

    /// <summary>The last analyzed term of an entity's name ("Stephen Biegun" → "biegun"): how quotes name their speaker.</summary>
    public string? NameStem(KnowledgeEntity entity) =>
        _nameStems.GetOrAdd(entity.Id, static (_, state) => state.Model.Snapshot.Analyzer.Terms(state.Entity.Name) is { Count: > 0 } name ? name[^1] : null, (Model: this, Entity: entity));

    /// <summary>Entities named in <paramref name="stems"/>: longest names first, specific before generic, never overlapping.</summary>
    public List<EntityMention> FindMentions(IReadOnlyList<string> stems)
    {
        var found = new List<(int Start, int Length, string EntityId, bool Generic)>();
        for (var i = 0; i < stems.Count; i++)
        {
            if (!_aliases.TryGetValue(stems[i], out var candidates))
            {
                continue;
            }

            foreach (var (aliasStems, entityId, generic) in candidates)
            {
                if (i + aliasStems.Length <= stems.Count && Matches(stems, i, aliasStems))
                {
                    found.Add((i, aliasStems.Length, entityId, generic));
                }
            }
        }

        var mentions = new List<EntityMention>();
        var taken = new bool[stems.Count];
        foreach (var group in found
            .GroupBy(f => (f.Start, f.Length, f.Generic))
            .OrderByDescending(g => g.Key.Length)
            .ThenBy(g => g.Key.Generic)
            .ThenBy(g => g.Key.Start))
        {
            var (start, length, generic) = group.Key;
            if (Enumerable.Range(start, length).Any(p => taken[p]))
            {
                continue;
            }

            for (var p = start; p < start + length; p++)
            {
                taken[p] = true;
            }

            mentions.Add(new EntityMention([.. group.Select(g => g.EntityId).Distinct(StringComparer.Ordinal)], start, start + length, generic));
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    /// <summary>The analyzed terms that describe <paramref name="fact"/>: all of them, and those of its own text (not its entity's names).</summary>
    public FactTerms TermsOf(Fact fact) =>
        _factTerms.GetOrAdd(fact.Id, static (_, state) =>
        {
            var (model, fact) = state;
            var analyzer = model.Snapshot.Analyzer;
            var own = new HashSet<string>(analyzer.Terms(string.Join(" . ", fact.Says, fact.Answer, fact.Cue ?? string.Empty)), StringComparer.Ordinal);
            var all = new HashSet<string>(analyzer.Terms(FactEvidence.Text(model.Knowledge, fact)), StringComparer.Ordinal);
            var saidBy = fact.SaidBy is null ? [] : new HashSet<string>(analyzer.Terms(fact.SaidBy), StringComparer.Ordinal);
            var answer = new HashSet<string>(analyzer.Terms(fact.Answer), StringComparer.Ordinal);
            return new FactTerms(all, own, saidBy, answer);
        }, (this, fact));

    /// <summary>
    /// Whether the knowledge uses <paramref name="word"/> in some form: every one of its analyzed terms is in the
    /// index (a stop word has none, and is known). The index is the vocabulary, so none is held in memory beside it.
    /// </summary>
    private bool IsKnownWord(string word)
    {
        foreach (var term in Snapshot.Analyzer.Terms(word))
        {
            if (Snapshot.DocumentFrequency(term) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Matches(IReadOnlyList<string> stems, int at, string[] alias)
    {
        for (var k = 0; k < alias.Length; k++)
        {
            if (!string.Equals(stems[at + k], alias[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static HashSet<string> StemsOf(SummitAnalyzer analyzer, IEnumerable<string> words)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            stems.UnionWith(analyzer.Terms(word));
        }

        return stems;
    }

    private static void Add<T>(Dictionary<string, List<T>> lists, string key, T value)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        list.Add(value);
    }

    private void AddAlias(List<string> stems, string entityId, bool generic, HashSet<string> aliasKeys, StringPool pool)
    {
        if (stems.Count == 0)
        {
            return;
        }

        if (!_aliases.TryGetValue(stems[0], out var list))
        {
            _aliases[pool.Share(stems[0])] = list = [];
        }

        // A set of (entity, stems) keys instead of a scan of the bucket: with many entities sharing a first word
        // (titles, adjectives) the scan made building the model quadratic (minutes at 100,000 articles).
        if (aliasKeys.Add(entityId + '\u0001' + string.Join('\u0001', stems)))
        {
            list.Add((pool.ShareAll(stems), entityId, generic));
        }
    }
}

/// <summary>A fact's evidence terms (<see cref="All"/>), the terms of its own text (<see cref="Own"/>) and of its speaker.</summary>
internal sealed record FactTerms(HashSet<string> All, HashSet<string> Own, HashSet<string> SaidBy, HashSet<string> Answer);
