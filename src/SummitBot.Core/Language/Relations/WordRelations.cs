using System.IO.Compression;
using System.Text;

namespace SummitBot.Language.Relations;

/// <summary>
/// The words WordNet relates to a word in its two most frequent senses (synonyms, hypernyms, derivations), from
/// <c>Language/Data/lexicon.tsv.gz</c> (see PROVENANCE.md). Lets "convene" in a question find "meet" in a text, or
/// "postponement" find "postponed". Kept as the file's UTF-8 bytes with an index of lines, parsed when asked: about
/// 10 MB for 144,000 words. Loaded once per process, on first use.
/// </summary>
public sealed class WordRelations
{
    private static readonly Lazy<WordRelations> Shared = new(Load);

    /// <summary>Irregular forms WordNet lists only under their base form.</summary>
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["met"] = "meet", ["held"] = "hold", ["went"] = "go", ["gone"] = "go", ["took"] = "take", ["taken"] = "take", ["left"] = "leave",
        ["said"] = "say", ["told"] = "tell", ["came"] = "come", ["saw"] = "see", ["seen"] = "see", ["gave"] = "give", ["given"] = "give",
        ["made"] = "make", ["thought"] = "think", ["began"] = "begin", ["begun"] = "begin", ["flew"] = "fly", ["flown"] = "fly",
        ["sent"] = "send", ["spoke"] = "speak", ["spoken"] = "speak", ["wrote"] = "write", ["written"] = "write", ["brought"] = "bring",
        ["fought"] = "fight", ["chose"] = "choose", ["chosen"] = "choose", ["broke"] = "break", ["broken"] = "break", ["ran"] = "run",
        ["sat"] = "sit", ["stood"] = "stand", ["won"] = "win", ["lost"] = "lose", ["led"] = "lead", ["felt"] = "feel", ["kept"] = "keep",
        ["found"] = "find", ["built"] = "build", ["sought"] = "seek", ["struck"] = "strike", ["drew"] = "draw", ["drawn"] = "draw",
        ["fell"] = "fall", ["fallen"] = "fall", ["grew"] = "grow", ["grown"] = "grow", ["knew"] = "know", ["known"] = "know",
        ["rose"] = "rise", ["risen"] = "rise", ["shook"] = "shake", ["shaken"] = "shake", ["threw"] = "throw", ["thrown"] = "throw",
        ["wore"] = "wear", ["signed"] = "sign", ["paid"] = "pay", ["laid"] = "lay", ["meant"] = "mean", ["spent"] = "spend", ["set"] = "set",
        ["put"] = "put", ["cut"] = "cut", ["hit"] = "hit", ["quit"] = "quit", ["bought"] = "buy", ["sold"] = "sell",
        ["heard"] = "hear", ["understood"] = "understand", ["withdrew"] = "withdraw", ["withdrawn"] = "withdraw", ["overtook"] = "overtake",
        ["oversaw"] = "oversee", ["overseen"] = "oversee", ["undertook"] = "undertake", ["women"] = "woman", ["men"] = "man",
        ["children"] = "child", ["people"] = "person", ["feet"] = "foot", ["mice"] = "mouse", ["crises"] = "crisis", ["analyses"] = "analysis",
        ["drove"] = "drive", ["driven"] = "drive", ["rode"] = "ride", ["ridden"] = "ride", ["ate"] = "eat", ["eaten"] = "eat", ["got"] = "get",
        ["gotten"] = "get", ["hung"] = "hang", ["hid"] = "hide", ["hidden"] = "hide", ["swore"] = "swear", ["sworn"] = "swear", ["tore"] = "tear",
        ["torn"] = "tear", ["woke"] = "wake", ["froze"] = "freeze", ["frozen"] = "freeze", ["stole"] = "steal", ["stolen"] = "steal", ["bore"] = "bear",
        ["borne"] = "bear", ["beat"] = "beat", ["beaten"] = "beat", ["became"] = "become", ["bent"] = "bend", ["bit"] = "bite", ["bled"] = "bleed", ["blew"] = "blow",
        ["blown"] = "blow", ["caught"] = "catch", ["dealt"] = "deal", ["dug"] = "dig", ["fed"] = "feed", ["fled"] = "flee", ["forgave"] = "forgive",
        ["forgot"] = "forget", ["lent"] = "lend", ["lit"] = "light", ["shot"] = "shoot", ["shut"] = "shut", ["sang"] = "sing", ["sank"] = "sink",
        ["slept"] = "sleep", ["spun"] = "spin", ["stuck"] = "stick", ["swam"] = "swim", ["swept"] = "sweep", ["taught"] = "teach", ["wept"] = "weep",
        ["wound"] = "wind", ["wrung"] = "wring", ["forbade"] = "forbid", ["arose"] = "arise", ["awoke"] = "awake", ["strove"] = "strive",
        ["shown"] = "show", ["proven"] = "prove", ["forgotten"] = "forget", ["slain"] = "slay", ["withheld"] = "withhold", ["upheld"] = "uphold",
        ["overtaken"] = "overtake", ["undertaken"] = "undertake", ["sped"] = "speed", ["sunk"] = "sink", ["shrank"] = "shrink", ["shrunk"] = "shrink",
        ["sung"] = "sing", ["rang"] = "ring", ["rung"] = "ring", ["swung"] = "swing", ["misled"] = "mislead", ["foresaw"] = "foresee",
        ["foreseen"] = "foresee", ["forgiven"] = "forgive", ["overthrew"] = "overthrow", ["overthrown"] = "overthrow",
        ["swum"] = "swim", ["sprang"] = "spring", ["sprung"] = "spring", ["slid"] = "slide", ["clung"] = "cling", ["flung"] = "fling",
        ["stung"] = "sting", ["strode"] = "stride", ["underwent"] = "undergo", ["undergone"] = "undergo", ["withstood"] = "withstand",
        ["overcame"] = "overcome", ["overran"] = "overrun", ["mistook"] = "mistake",
    };

    /// <summary>The irregular forms of each base form ("drive" → "drove", "driven").</summary>
    private static readonly ILookup<string, string> IrregularForms = Irregular.ToLookup(p => p.Value, p => p.Key, StringComparer.Ordinal);

    private readonly byte[] _text;
    private readonly Dictionary<string, int[]> _lines;

    private WordRelations(byte[] text, Dictionary<string, int[]> lines)
    {
        _text = text;
        _lines = lines;
    }

    public static WordRelations Default => Shared.Value;

    /// <summary>Whether WordNet knows <paramref name="word"/> (lower case) or a base form of it.</summary>
    public bool Knows(string word) => BaseForms(word).Any(_lines.ContainsKey);

    /// <summary>Whether WordNet knows <paramref name="word"/> (or a base form of it) as a verb.</summary>
    public bool IsVerb(string word) => HasPartOfSpeech(word, 'v');

    /// <summary>"seized", "caught": a verb's form in "-ed" or an irregular past form of it, which may be its past participle.</summary>
    public bool IsPastForm(string word) =>
        IsVerb(word) && ((word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)) || (Irregular.TryGetValue(word, out var form) && form != word));

    /// <summary>Whether WordNet knows <paramref name="word"/> (or a base form of it: "steps" → "step") as a noun.</summary>
    public bool IsNounForm(string word) => HasPartOfSpeech(word, 'n');

    /// <summary>Whether WordNet knows <paramref name="word"/> itself as a noun.</summary>
    public bool IsNoun(string word) => _lines.TryGetValue(word, out var offsets) && offsets.Any(o => PartOfSpeech(o) == 'n');

    /// <summary>Whether WordNet knows <paramref name="word"/> (lower case) as an adjective ("senior", "western").</summary>
    public bool IsAdjective(string word) => HasPartOfSpeech(word, 'a') || HasPartOfSpeech(word, 's');

    /// <summary>
    /// Whether WordNet knows <paramref name="word"/> only as an adverb ("finally", "eventually"): a word of manner or
    /// sequence, never the name of a thing or a deed.
    /// </summary>
    public bool IsAdverbOnly(string word) => HasPartOfSpeech(word, 'r') && !HasPartOfSpeech(word, 'n') && !HasPartOfSpeech(word, 'v') && !IsAdjective(word);

    private bool HasPartOfSpeech(string word, char pos) => BaseForms(word).Any(form => _lines.TryGetValue(form, out var offsets) && offsets.Any(o => PartOfSpeech(o) == pos));

    /// <summary>The words related to <paramref name="word"/> (lower case, any inflection) by <paramref name="relations"/>.</summary>
    public IReadOnlyList<string> Related(string word, Relation relations) => Related(word, relations, nounOnly: false);

    /// <summary>
    /// The words related to <paramref name="word"/> by <paramref name="relations"/>; with <paramref name="nounOnly"/>,
    /// in its senses as a noun alone, when the noun has any ("out of sight" is no "sight" of a gun, a verb whose
    /// hypernym is "train").
    /// </summary>
    public IReadOnlyList<string> Related(string word, Relation relations, bool nounOnly) => Related(word, relations, nounOnly, narrowerOnly: false);

    /// <summary>
    /// As <see cref="Related(string, Relation, bool)"/>, without the words more general than a noun: its hypernyms as a
    /// noun ("basketball" → court game), and the head of a phrase that has it as a qualifier ("basketball game" →
    /// game). What is left says the same thing (a synonym, a derivation, a verb's way of doing: "convene" → meet); the
    /// words left out say only the kind it is of.
    /// </summary>
    public IReadOnlyList<string> RelatedNotBroader(string word, Relation relations, bool nounOnly) => Related(word, relations, nounOnly, narrowerOnly: true);

    private List<string> Related(string word, Relation relations, bool nounOnly, bool narrowerOnly)
    {
        var related = new List<string>();
        foreach (var form in BaseForms(word))
        {
            if (!_lines.TryGetValue(form, out var offsets) || OnlyLooksCompared(word, form, offsets))
            {
                continue;
            }

            var asNoun = nounOnly && offsets.Any(o => PartOfSpeech(o) == 'n');
            var asVerb = !asNoun && IsVerbFormOf(word, form) && offsets.Any(o => PartOfSpeech(o) == 'v');
            foreach (var offset in offsets)
            {
                if ((!asNoun || PartOfSpeech(offset) == 'n') && (!asVerb || PartOfSpeech(offset) == 'v'))
                {
                    AddFromLine(offset, narrowerOnly && PartOfSpeech(offset) == 'n' ? relations & ~Relation.Hypernym : relations, related, narrowerOnly && PartOfSpeech(offset) == 'n' ? form : null);
                }
            }

            // "picked" is related to "choose", which a text may say as "chose": a related verb's irregular forms are its words too.
            for (var i = 0; i < related.Count; i++)
            {
                foreach (var irregular in IrregularForms[related[i]])
                {
                    if (irregular != word && !related.Contains(irregular))
                    {
                        related.Add(irregular);
                    }
                }
            }

            if (form != word && !related.Contains(form))
            {
                related.Add(form);
            }

            // "drive" in a question finds "drove" in a text.
            foreach (var irregular in IrregularForms[form])
            {
                if (irregular != word && !related.Contains(irregular))
                {
                    related.Add(irregular);
                }
            }
        }

        return related;
    }

    /// <summary>
    /// The nouns that name the act of a verb: the synonyms of its "-ing" noun when WordNet derives that noun from the
    /// verb ("stolen" → steal → stealing → theft, larceny; "spent" → spending → outlay). News tells a deed by its noun
    /// as often as by its verb ("the theft of $81 million"). Only single words that are no verb themselves, so a noun
    /// that is also a verb of another deed ("kill", "discharge") adds nothing the verb's own relations miss.
    /// </summary>
    public IReadOnlyList<string> ActNouns(string word)
    {
        var nouns = new List<string>();
        foreach (var form in BaseForms(word).Distinct(StringComparer.Ordinal))
        {
            if (!_lines.TryGetValue(form, out var offsets) || !offsets.Any(o => PartOfSpeech(o) == 'v'))
            {
                continue;
            }

            foreach (var act in GerundsOf(form))
            {
                if (!_lines.TryGetValue(act, out var actOffsets))
                {
                    continue;
                }

                foreach (var offset in actOffsets.Where(o => PartOfSpeech(o) == 'n'))
                {
                    var back = new List<string>();
                    AddFromLine(offset, Relation.Derivation, back);
                    if (!back.Contains(form))
                    {
                        continue;
                    }

                    var synonyms = new List<string>();
                    AddFromLine(offset, Relation.Synonym, synonyms);
                    nouns.AddRange(synonyms.Where(s => !s.Contains(' ', StringComparison.Ordinal) && !s.Contains('-', StringComparison.Ordinal) && !IsVerb(s) && !nouns.Contains(s)));
                }
            }
        }

        return nouns;
    }

    /// <summary>The "-ing" forms of a verb's base form ("steal" → stealing, "move" → moving, "stop" → stopping).</summary>
    private static IEnumerable<string> GerundsOf(string verb)
    {
        yield return verb + "ing";
        if (verb.EndsWith('e') && verb.Length > 2)
        {
            yield return verb[..^1] + "ing";
        }

        if (verb.Length > 2)
        {
            yield return verb + verb[^1] + "ing";
        }
    }

    /// <summary>
    /// Whether <paramref name="word"/> (a noun) is a kind of <paramref name="ancestor"/> within <paramref name="depth"/>
    /// steps up WordNet's hypernyms ("typhoon" → cyclone → windstorm → "storm").
    /// </summary>
    public bool IsKindOf(string word, string ancestor, int depth)
    {
        var level = new List<string> { word };
        var seen = new HashSet<string>(StringComparer.Ordinal) { word };
        for (var d = 0; d < depth && level.Count > 0; d++)
        {
            var next = new List<string>();
            foreach (var w in level)
            {
                foreach (var up in Related(w, Relation.Hypernym, nounOnly: true))
                {
                    if (up == ancestor)
                    {
                        return true;
                    }

                    if (seen.Add(up))
                    {
                        next.Add(up);
                    }
                }
            }

            level = next;
        }

        return false;
    }

    /// <summary>Every verb WordNet lists, with the verbs it names as its hypernyms (none for a verb at the top of its tree).</summary>
    internal IEnumerable<(string Verb, List<string> Hypernyms)> VerbsWithHypernyms()
    {
        foreach (var (word, offsets) in _lines)
        {
            foreach (var offset in offsets.Where(o => PartOfSpeech(o) == 'v'))
            {
                var hypernyms = new List<string>();
                AddFromLine(offset, Relation.Hypernym, hypernyms);
                yield return (word, hypernyms);
            }
        }
    }

    /// <summary>"ran" → "run": the base form of an irregular form, or null for a word that is none.</summary>
    public static string? IrregularBase(string word) => Irregular.GetValueOrDefault(word);

    /// <summary>The irregular forms of <paramref name="word"/>'s base forms ("speak" → "spoke", "spoken").</summary>
    public IEnumerable<string> IrregularFormsOf(string word) => BaseForms(word).SelectMany(form => IrregularForms[form]).Where(form => form != word).Distinct(StringComparer.Ordinal);

    /// <summary>The word and the base forms it may be an inflection of ("talks" → "talk"; "postponed" → "postpone").</summary>
    internal IEnumerable<string> BaseForms(string word)
    {
        yield return word;
        if (Irregular.TryGetValue(word, out var irregular))
        {
            yield return irregular;
        }

        foreach (var (suffix, replacement) in Suffixes)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = word[..^suffix.Length] + replacement;
                if (_lines.ContainsKey(stem))
                {
                    yield return stem;
                }

                // "planned" → "plan", "stopping" → "stop".
                if (replacement.Length == 0 && stem.Length > 2 && stem[^1] == stem[^2] && _lines.ContainsKey(stem[..^1]))
                {
                    yield return stem[..^1];
                }
            }
        }
    }

    /// <summary>Irregular plurals among <see cref="Irregular"/>'s forms; the others are verbs' past forms.</summary>
    private static readonly HashSet<string> IrregularPlurals = new(StringComparer.Ordinal) { "women", "men", "children", "people", "feet", "mice", "crises", "analyses" };

    /// <summary>
    /// "came" of "come", "drifted" of "drift": a past form WordNet does not list itself is the base form's verb, never its
    /// noun ("came" is no "come" whose hypernym is "body substance"), so only the verb's senses relate words to it.
    /// </summary>
    private bool IsVerbFormOf(string word, string form) =>
        form != word && !_lines.ContainsKey(word)
        && ((Irregular.TryGetValue(word, out var irregular) && irregular == form && !IrregularPlurals.Contains(word))
            || (word.EndsWith("ed", StringComparison.Ordinal) && form.Length < word.Length));

    /// <summary>
    /// "folder" read as "fold" with "-er", "leader" as "lead": only adjectives and adverbs compare ("higher", "soonest"),
    /// so a form that has neither sense is no base of the word, and its senses ("fold": "turn up") relate nothing to it.
    /// </summary>
    private bool OnlyLooksCompared(string word, string form, int[] offsets) =>
        form.Length < word.Length && word.Length - form.Length <= 4 && word.StartsWith(form, StringComparison.Ordinal)
        && (word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("est", StringComparison.Ordinal))
        && !offsets.Any(o => PartOfSpeech(o) is 'a' or 'r');

    private static readonly (string Suffix, string Replacement)[] Suffixes =
    [
        ("ies", "y"), ("ied", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("er", ""), ("est", ""),
    ];

    private char PartOfSpeech(int offset)
    {
        var tab = Array.IndexOf(_text, (byte)'\t', offset);
        return (char)_text[tab + 1];
    }

    /// <summary>
    /// Adds the words of one line related by <paramref name="wanted"/>; with <paramref name="ownPhrasesOf"/>, not a phrase
    /// that has that word before its last word ("basketball game" of "basketball"): it names the word's kind after it
    /// ("phone call" of "call" only says which call, and stays).
    /// </summary>
    private void AddFromLine(int offset, Relation wanted, List<string> related, string? ownPhrasesOf = null)
    {
        var end = Array.IndexOf(_text, (byte)'\n', offset);
        var line = Encoding.UTF8.GetString(_text, offset, (end < 0 ? _text.Length : end) - offset);
        var groups = line[(line.LastIndexOf('\t') + 1)..];
        foreach (var group in groups.Split(';'))
        {
            var relation = group[0] switch
            {
                '=' => Relation.Synonym,
                '^' => Relation.Hypernym,
                '+' => Relation.Derivation,
                _ => Relation.Similar,
            };
            if ((wanted & relation) == 0)
            {
                continue;
            }

            foreach (var word in group[1..].Split('|'))
            {
                if (ownPhrasesOf is not null && QualifiesIn(ownPhrasesOf, word))
                {
                    continue;
                }

                if (!related.Contains(word))
                {
                    related.Add(word);
                }
            }
        }
    }

    /// <summary>"basketball" in "basketball game": the word is one of the phrase's words before its last (its head).</summary>
    private static bool QualifiesIn(string word, string phrase)
    {
        var words = phrase.Split(' ', '-');
        var at = Array.IndexOf(words, word);
        return at >= 0 && at < words.Length - 1;
    }

    private static WordRelations Load()
    {
        using var stream = typeof(WordRelations).Assembly.GetManifestResourceStream("SummitBot.Language.lexicon.tsv.gz")
            ?? throw new InvalidOperationException("The lexicon is not embedded in " + typeof(WordRelations).Assembly.GetName().Name);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        var text = buffer.ToArray();

        var lines = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var start = 0;
        while (start < text.Length)
        {
            var end = Array.IndexOf(text, (byte)'\n', start);
            end = end < 0 ? text.Length : end;
            if (text[start] != (byte)'#')
            {
                var tab = Array.IndexOf(text, (byte)'\t', start, end - start);
                var word = Encoding.UTF8.GetString(text, start, tab - start);
                if (!lines.TryGetValue(word, out var offsets))
                {
                    lines[word] = offsets = [];
                }

                offsets.Add(start);
            }

            start = end + 1;
        }

        return new WordRelations(text, lines.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }
}
