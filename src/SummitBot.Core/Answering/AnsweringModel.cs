using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using SummitBot.Knowledge;
using SummitBot.Search;

using SummitBot.Answering.Curated;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering;

/// <summary>
/// What answering derives once per knowledge generation: the alias index for finding entities in questions, the
/// analyzed forms of the question words, the spelling vocabulary, and each fact's evidence terms (built on first use).
/// </summary>
internal sealed class AnsweringModel
{
    /// <summary>Separates the terms of an alias in <see cref="_aliases"/> keys; no analyzed term contains it.</summary>
    private const char TermSeparator = '\u0001';

    /// <summary>How many facts' terms are kept: about 3 KB each, so about 12 MB at most.</summary>
    private const int MaxCachedFactTerms = 4_096;

    /// <summary>How many words' weights and related words are kept (a few hundred bytes each).</summary>
    private const int MaxCachedTerms = 50_000;

    /// <summary>How many retrieved sentences' analyses are kept (a few kilobytes each).</summary>
    private const int MaxCachedSentences = 20_000;

    /// <summary>Each alias by its analyzed terms joined ("second\u0001summit"), with the entities it names.</summary>
    private readonly Dictionary<string, AliasTargets> _aliases = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FactTerms> _factTerms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, double> _weights = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, Retrieval.SentenceAnalysis> _analyses = new();
    private DateOnly? _storyDate;
    private bool _storyDateKnown;
    private readonly ConcurrentDictionary<string, string[]> _related = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _nameStems = new(StringComparer.Ordinal);
    private IReadOnlyList<(string Text, IReadOnlySet<string> Terms)>? _exampleQuestions;
    private readonly Dictionary<string, KnowledgeEntity[]> _involvedIn;
    private readonly Dictionary<(string Class, int Ordinal), KnowledgeEntity> _byOrdinal = [];
    private readonly Dictionary<string, Fact[]> _saidBy;
    private readonly Dictionary<string, Fact[]> _quotedBySource;
    private readonly Dictionary<string, FactKind> _answerKinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnowledgeEntity[]> _byClass;
    private readonly Dictionary<string, Fact[]> _explains;
    private int _longestAlias;

    public AnsweringModel(KnowledgeSnapshot snapshot)
    {
        Snapshot = snapshot;
        var knowledge = snapshot.Knowledge;
        var analyzer = snapshot.Analyzer;

        // (entity, alias stems) already added, and one copy of each stem: only needed while building, so not kept.
        var aliasKeys = new HashSet<string>(StringComparer.Ordinal);
        var names = new StringPool();
        foreach (var entity in knowledge.Entities.Values)
        {
            foreach (var alias in entity.Aliases)
            {
                AddAlias(analyzer.Terms(alias), entity.Id, generic: false, aliasKeys, names);
            }

            foreach (var alias in entity.Generic)
            {
                AddAlias(analyzer.Terms(alias), entity.Id, generic: true, aliasKeys, names);
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

        foreach (var person in snapshot.People.All)
        {
            TextWords.AddTo(targets, person.Name);

            // "Who is China's ambassdor to the UN?": the words of the titles the sources give are what role questions ask.
            foreach (var (title, _) in person.Titles)
            {
                TextWords.AddTo(targets, title);
            }
        }

        targets.UnionWith(QuestionWords.Frame);
        targets.UnionWith(QuestionWords.SayVerbs);

        targets.UnionWith(ChitChat.Words);
        Speller = new SpellingCorrector(IsKnownWord, targets, MendingKeepsMeaning);

        Examples = [.. knowledge.Facts.Where(f => f.Example is not null)];

        // Gathered in lists, kept as arrays: an archive has hundreds of thousands of these, and a list costs twice.
        var involvedIn = new Dictionary<string, List<KnowledgeEntity>>(StringComparer.Ordinal);
        var byClass = new Dictionary<string, List<KnowledgeEntity>>(StringComparer.Ordinal);
        var saidBy = new Dictionary<string, List<Fact>>(StringComparer.Ordinal);
        var quotedBySource = new Dictionary<string, List<Fact>>(StringComparer.Ordinal);
        var explains = new Dictionary<string, List<Fact>>(StringComparer.Ordinal);

        foreach (var entity in knowledge.Entities.Values)
        {
            foreach (var person in entity.Involves)
            {
                Add(involvedIn, person, entity);
            }

            if (entity is { IsEvent: true, Class: not null, Ordinal: { } ordinal })
            {
                _byOrdinal.TryAdd((entity.Class, ordinal), entity);
            }

            if (entity is { IsEvent: true, Class: not null })
            {
                Add(byClass, entity.Class, entity);
            }
        }

        foreach (var fact in knowledge.Facts)
        {
            if (fact.Asks is FactKind.Place or FactKind.Date or FactKind.Person or FactKind.Number or FactKind.Title)
            {
                foreach (var stem in analyzer.Terms(fact.Answer))
                {
                    _answerKinds.TryAdd(stem, fact.Asks);
                }
            }

            if (fact.Because is not null)
            {
                Add(explains, fact.Because, fact);
            }

            if (fact.SaidBy is not null)
            {
                foreach (var stem in analyzer.Terms(fact.SaidBy).Distinct(StringComparer.Ordinal))
                {
                    Add(saidBy, stem, fact);
                }

                Add(quotedBySource, fact.SourceId, fact);
            }
        }

        _involvedIn = ToArrays(involvedIn);
        _byClass = ToArrays(byClass);
        _saidBy = ToArrays(saidBy);
        _quotedBySource = ToArrays(quotedBySource);
        _explains = ToArrays(explains);
    }

    /// <summary>
    /// How much a term tells sentences apart: ln(1 + N / (df + 1)) over the index, so a name used in a few sentences
    /// weighs far more than "summit". Kept per term, up to a bound.
    /// </summary>
    public double Weight(string stem)
    {
        if (_weights.TryGetValue(stem, out var weight))
        {
            return weight;
        }

        weight = Math.Log(1 + (Snapshot.DocumentCount / (double)(Snapshot.DocumentFrequency(stem) + 1)));
        if (_weights.Count < MaxCachedTerms)
        {
            _weights.TryAdd(stem, weight);
        }

        return weight;
    }

    /// <summary>
    /// The analyzed forms of the words WordNet relates to <paramref name="word"/> (synonyms, derivations, and for verbs
    /// their hypernyms: "convene" → "meet") that some source uses. A weaker match than the word itself.
    /// </summary>
    public IReadOnlyList<string> RelatedStems(string word) => RelatedStems(word, asNoun: false);

    /// <summary>
    /// As <see cref="RelatedStems(string)"/>; with <paramref name="asNoun"/>, of the word's senses as a noun alone when it
    /// has any: the question uses it as one ("out of sight", "the flight's length").
    /// </summary>
    public IReadOnlyList<string> RelatedStems(string word, bool asNoun)
    {
        var key = asNoun ? word + " (noun)" : word;
        if (_related.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var relations = Language.Relations.WordRelations.Default;
        var words = WithoutBroadVerbs(word, relations.Related(word, RelatedBy, asNoun), asNoun);
        if (!asNoun && relations.IsPastForm(word))
        {
            // "how much was stolen" is told as "the theft of $81 million": the nouns of the act of a verb asked in its
            // past form (a deed done) match it as its other related words do.
            words = [.. words, .. relations.ActNouns(word).Where(n => !words.Contains(n))];
        }

        var result = StemsOf(word, words);
        if (_related.Count < MaxCachedTerms)
        {
            _related.TryAdd(key, result);
        }

        return result;
    }

    /// <summary>
    /// <paramref name="words"/> without the broad top verbs ("move", "act") that are only <paramref name="word"/>'s
    /// hypernyms: "respond" goes up to "act, move", and "to move $5 million" tells no response (<see cref="Language.Relations.BroadVerbs"/>).
    /// A broad verb that is also a synonym or derivation of the word ("travel" = "move") stays.
    /// </summary>
    private static IReadOnlyList<string> WithoutBroadVerbs(string word, IReadOnlyList<string> words, bool asNoun)
    {
        var relations = Language.Relations.WordRelations.Default;
        var broad = relations.Related(word, Language.Relations.Relation.Hypernym, asNoun).Where(Language.Relations.BroadVerbs.Contains).ToList();
        if (broad.Count == 0)
        {
            return words;
        }

        var close = relations.Related(word, Language.Relations.Relation.Synonym | Language.Relations.Relation.Derivation, asNoun);
        return [.. words.Where(w => !broad.Contains(w) || close.Contains(w))];
    }

    /// <summary>How WordNet relates a question's word to the words that match it for less.</summary>
    private const Language.Relations.Relation RelatedBy = Language.Relations.Relation.Synonym | Language.Relations.Relation.Derivation | Language.Relations.Relation.Hypernym;

    /// <summary>
    /// Of <see cref="RelatedStems(string, bool)"/>, those only a word more general than the noun gives ("basketball" →
    /// game, by "basketball game" and "court game"): a sentence saying "the Asian Games" says nothing of basketball.
    /// Only of a word WordNet knows as no verb: a verb's general verb stays related ("convene" → meet), as news tells a
    /// way of doing by its plain verb.
    /// </summary>
    public IReadOnlyList<string> BroaderStems(string word, bool asNoun)
    {
        var key = (asNoun ? word + " (noun)" : word) + " (broader)";
        if (_related.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (Language.Relations.WordRelations.Default.IsVerb(word))
        {
            // "thinking of sending" and "weighing": a word that may be a verb is matched through its noun's kind too
            // ("think" → weighing), and "call" by its kind "telephone"; only a plain noun is told apart from its kind.
            _related.TryAdd(key, []);
            return [];
        }

        var all = RelatedStems(word, asNoun);
        var same = StemsOf(word, Language.Relations.WordRelations.Default.RelatedNotBroader(word, RelatedBy, asNoun));
        var result = all.Where(s => !same.Contains(s)).ToArray();
        if (_related.Count < MaxCachedTerms)
        {
            _related.TryAdd(key, result);
        }

        return result;
    }

    /// <summary>The analyzed forms of <paramref name="relatedWords"/> and of the word's own other forms that some source uses.</summary>
    private string[] StemsOf(string word, IReadOnlyList<string> relatedWords)
    {
        var own = Snapshot.Analyzer.Terms(word);
        var stems = new List<string>();
        foreach (var related in relatedWords)
        {
            var phraseWords = PhraseWordStems(related);
            foreach (var stem in Snapshot.Analyzer.Terms(related))
            {
                if (!own.Contains(stem) && !stems.Contains(stem) && !FrameStems.Contains(stem) && Snapshot.DocumentFrequency(stem) > 0
                    && (phraseWords is null || phraseWords.Contains(stem)))
                {
                    stems.Add(stem);
                }
            }
        }

        foreach (var stem in OwnFormStems(word, own))
        {
            if (!stems.Contains(stem) && Snapshot.DocumentFrequency(stem) > 0)
            {
                stems.Add(stem);
            }
        }

        return stems.Count == 0 ? [] : stems.ToArray();
    }

    /// <summary>
    /// The stems of a related phrase's words each read alone ("sit down" → sit), or null for a single word. The story's
    /// synonyms read a phrase as a whole ("sit-down" is a summit), which WordNet's phrase of another sense is not: "sit"
    /// is related to "sit down", never to a summit.
    /// </summary>
    private HashSet<string>? PhraseWordStems(string related) =>
        related.Contains(' ', StringComparison.Ordinal) || related.Contains('-', StringComparison.Ordinal) || related.Contains('_', StringComparison.Ordinal)
            ? [.. related.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries).SelectMany(Snapshot.Analyzer.Terms)]
            : null;

    /// <summary>
    /// The stems of the word's own other forms where the knowledge's synonyms read them apart: "speech, address" makes
    /// the question's "address" the group's "speech", but the text's "addressed" stays "address"; "trip, visit" makes
    /// "visit" a trip, but not "visiting". Its base forms as the synonyms read them, and their regular inflections as
    /// themselves (an inflection a group reads as another word, "rules" in a group of "leader", is not the word's own).
    /// </summary>
    private IEnumerable<string> OwnFormStems(string word, List<string> own)
    {
        if (word.Contains(' ', StringComparison.Ordinal))
        {
            yield break;
        }

        foreach (var form in Language.Relations.WordRelations.Default.BaseForms(word))
        {
            foreach (var stem in Snapshot.Analyzer.Terms(form).Where(s => !own.Contains(s)))
            {
                yield return stem;
            }

            foreach (var inflected in new[] { form + "s", form + "ed", form + "ing", form.EndsWith('e') ? form + "d" : form + "es", form.EndsWith('e') ? form[..^1] + "ing" : form })
            {
                foreach (var stem in Snapshot.Analyzer.Terms(inflected).Where(s => !own.Contains(s) && s.Length >= 3 && form.StartsWith(s[..3], StringComparison.Ordinal)))
                {
                    yield return stem;
                }
            }
        }
    }

    /// <summary>The newest date any source was published on: the story's "now", against which "last month" in a question is read.</summary>
    public DateOnly? StoryDate
    {
        get
        {
            if (!_storyDateKnown)
            {
                _storyDate = Knowledge.Sources.Values.Select(s => Language.Time.PublishedDate.Parse(s.Published)).Max();
                _storyDateKnown = true;
            }

            return _storyDate;
        }
    }

    /// <summary>A retrieved sentence analyzed once: kept for the sentences questions touch, up to a bound.</summary>
    public Retrieval.SentenceAnalysis AnalysisOf(SentenceHit hit)
    {
        if (_analyses.TryGetValue(hit.Doc, out var analysis))
        {
            return analysis;
        }

        analysis = new Retrieval.SentenceAnalysis(hit.Text, hit.Context, hit.Near, Snapshot.Analyzer.TermsAt, hit.Annotations);
        if (_analyses.Count < MaxCachedSentences)
        {
            _analyses.TryAdd(hit.Doc, analysis);
        }

        return analysis;
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
    public FactKind? AnswerKindOf(string stem) => _answerKinds.TryGetValue(stem, out var kind) ? kind : null;

    /// <summary>The facts whose reason is the fact <paramref name="reasonId"/> ("because").</summary>
    public IReadOnlyList<Fact> Explaining(string reasonId) =>
        _explains.TryGetValue(reasonId, out var facts) ? facts : [];

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

    /// <summary>Example questions the bot can answer: the story's, then the facts' examples, in knowledge order.</summary>
    public IReadOnlyList<string> ExampleQuestions => [.. ExampleTerms.Select(e => e.Text)];

    /// <summary>The example questions with their analysed terms, worked out once per knowledge (every decline compares them with the question).</summary>
    public IReadOnlyList<(string Text, IReadOnlySet<string> Terms)> ExampleTerms => _exampleQuestions ??= ExampleQuestionsWithTerms();

    private IReadOnlyList<(string Text, IReadOnlySet<string> Terms)> ExampleQuestionsWithTerms() =>
        [.. Knowledge.Story.Examples.Concat(Examples.Select(f => f.Example!)).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(e => (e, (IReadOnlySet<string>)Snapshot.Analyzer.Terms(e).ToHashSet(StringComparer.Ordinal)))];

    /// <summary>The last analyzed term of an entity's name ("Stephen Biegun" → "biegun"): how quotes name their speaker.</summary>
    public string? NameStem(KnowledgeEntity entity) =>
        _nameStems.GetOrAdd(entity.Id, static (_, state) => state.Model.Snapshot.Analyzer.Terms(state.Entity.Name) is { Count: > 0 } name ? name[^1] : null, (Model: this, Entity: entity));

    /// <summary>Entities named in <paramref name="stems"/>: longest names first, specific before generic, never overlapping.</summary>
    /// <remarks>
    /// Every run of the question's terms up to the longest alias is looked up whole, so the cost depends on the
    /// question's length, not on how many entities share a first word ("special", "first") in an archive.
    /// </remarks>
    public List<EntityMention> FindMentions(IReadOnlyList<string> stems)
    {
        var found = new List<(int Start, int Length, string EntityId, bool Generic)>();
        var lookup = _aliases.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> key = stackalloc char[256];
        for (var i = 0; i < stems.Count; i++)
        {
            var length = 0;
            for (var n = 1; n <= _longestAlias && i + n <= stems.Count; n++)
            {
                var term = stems[i + n - 1];
                if (length + term.Length + 1 > key.Length)
                {
                    break;
                }

                if (n > 1)
                {
                    key[length++] = TermSeparator;
                }

                term.CopyTo(key[length..]);
                length += term.Length;
                if (lookup.TryGetValue(key[..length], out var targets))
                {
                    targets.AddTo(found, i, n);
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
    /// <remarks>
    /// Kept for the facts questions touch, up to <see cref="MaxCachedFactTerms"/>: an archive has far more facts than
    /// memory should hold terms for, and past the limit a fact's terms are worked out when needed.
    /// </remarks>
    public FactTerms TermsOf(Fact fact)
    {
        if (_factTerms.TryGetValue(fact.Id, out var cached))
        {
            return cached;
        }

        var terms = ComputeTerms(this, fact);
        return _factTerms.Count < MaxCachedFactTerms ? _factTerms.GetOrAdd(fact.Id, terms) : terms;

        static FactTerms ComputeTerms(AnsweringModel model, Fact fact)
        {
            var analyzer = model.Snapshot.Analyzer;
            var own = new HashSet<string>(analyzer.Terms(string.Join(" . ", fact.Says, fact.Answer, fact.Cue ?? string.Empty)), StringComparer.Ordinal);
            var all = new HashSet<string>(analyzer.Terms(FactEvidence.Text(model.Knowledge, fact)), StringComparer.Ordinal);
            var saidBy = fact.SaidBy is null ? [] : new HashSet<string>(analyzer.Terms(fact.SaidBy), StringComparer.Ordinal);
            var answer = new HashSet<string>(analyzer.Terms(fact.Answer), StringComparer.Ordinal);
            return new FactTerms(all, own, saidBy, answer);
        }
    }

    /// <summary>
    /// Whether the knowledge uses <paramref name="word"/> in some form: every one of its analyzed terms is in the
    /// index (a stop word has none, and is known). The index is the vocabulary, so none is held in memory beside it.
    /// </summary>
    /// <summary>
    /// A word English lacks is a misspelling and may be mended to any target; an English word only to a form of itself
    /// (WordNet's derivations: "asian" → "asia"), not to another word that happens to be spelt alike ("shell", "shall").
    /// </summary>
    internal static bool MendingKeepsMeaning(string word, string target)
    {
        var words = Language.Relations.WordRelations.Default;
        return !words.Knows(word) || words.Related(word, Language.Relations.Relation.Derivation).Contains(target);
    }

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

    private static HashSet<string> StemsOf(SummitAnalyzer analyzer, IEnumerable<string> words)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            stems.UnionWith(analyzer.Terms(word));
        }

        return stems;
    }

    private static Dictionary<string, T[]> ToArrays<T>(Dictionary<string, List<T>> lists) =>
        lists.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);

    private static void Add<T>(Dictionary<string, List<T>> lists, string key, T value)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        list.Add(value);
    }

    private void AddAlias(List<string> stems, string entityId, bool generic, HashSet<string> aliasKeys, StringPool names)
    {
        if (stems.Count == 0)
        {
            return;
        }

        var key = string.Join(TermSeparator, stems);
        // A set of (entity, alias) keys instead of a scan of the list: titles and adjectives ("Velatreoran Premier")
        // name thousands of entities in an archive, and a scan made building the model quadratic.
        if (!aliasKeys.Add(entityId + TermSeparator + TermSeparator + key))
        {
            return;
        }

        ref var targets = ref CollectionsMarshal.GetValueRefOrAddDefault(_aliases, names.Share(key), out _);
        targets = targets.With(entityId, generic);
        _longestAlias = Math.Max(_longestAlias, stems.Count);
    }
}

/// <summary>A fact's evidence terms (<see cref="All"/>), the terms of its own text (<see cref="Own"/>) and of its speaker.</summary>
internal sealed record FactTerms(HashSet<string> All, HashSet<string> Own, HashSet<string> SaidBy, HashSet<string> Answer);
