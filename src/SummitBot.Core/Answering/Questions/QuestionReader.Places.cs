using SummitBot.Language;
using SummitBot.Language.Time;
using SummitBot.Language.Words;
using SummitBot.Language.World;

namespace SummitBot.Answering.Questions;

/// <summary>Where a place question points: to or from, a route, and which words of a question are place names.</summary>
internal static partial class QuestionReader
{
    /// <summary>
    /// "Where did Pompeo go?": a verb of going that is the question's own, not one in a clause of time ("where did he
    /// stop before going to Pyongyang?" asks where he stopped). "Which town does the train go through?" asks a place
    /// passed on the way, which the text tells after "through", not where the going ends. After an article the word
    /// is a noun ("where will the move take place?", "the head of state"), no verb of the question.
    /// </summary>
    private static bool AsksWhereTo(List<string> words) =>
        words.Where((w, i) => IsGoing(w) && (i == 0 || words[i - 1] is not ("before" or "after" or "while" or "since" or "until" or "when" or "on" or "by" or "the" or "a" or "an" or "this" or "that" or "its" or "his" or "her" or "their"))
            && (i + 1 == words.Count || (words[i + 1] is not ("through" or "via" or "past") && !GoneInto.Contains(words[i + 1])))).Any();

    /// <summary>
    /// "Where did the official go missing?": "go" before a state is becoming, not going anywhere; the place asked is where
    /// it happened ("went missing ... south of Soyeonpyeong Island").
    /// </summary>
    private static readonly HashSet<string> GoneInto = new(StringComparer.Ordinal)
    {
        "missing", "astray", "unnoticed", "unpunished", "unreported", "ahead", "wrong", "bankrupt", "dark", "silent", "quiet", "overboard",
    };

    /// <summary>
    /// "Where were the projectiles launched from in May?": a "from" left at the end of its clause (nothing after it, or
    /// another preposition) asks for the place after "from" in the text; "from which city" is read by its grain.
    /// </summary>
    private static bool AsksWhereFrom(List<string> words) =>
        words.Where((w, i) => w == "from" && i > 0 && (i + 1 == words.Count || CommonWords.IsPreposition(words[i + 1]))).Any();

    /// <summary>Verbs of going somewhere, whose place is said after "to" ("flew to Seoul"), not "in" or "at" (what was done there).</summary>
    private static bool IsGoing(string word) => word is "go" or "goes" or "went" or "gone" or "going" or "travel" or "travels" or "traveled" or "travelled"
        or "fly" or "flies" or "flew" or "flown" or "head" or "heads" or "headed" or "return" or "returns" or "returned"
        or "move" or "moves" or "moved" or "relocate" or "relocates" or "relocated";

    /// <summary>
    /// "Which islands does it run between?", "between which cities ...": a plural noun of a kind of place after
    /// "which"/"what", or "between" itself, asks for more than one place.
    /// </summary>
    private static bool AsksSeveralPlaces(List<string> plain) =>
        plain.Contains("between") || plain.Zip(plain.Skip(1)).Any(p => p.First is "which" or "what" && IsPluralPlaceNoun(p.Second));

    private static bool IsPluralPlaceNoun(string word) =>
        (word.EndsWith("ies", StringComparison.Ordinal) && PlaceWords.TryKind(word[..^3] + "y", out _))
        || (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && PlaceWords.TryKind(word[..^1], out _));

    /// <summary>
    /// "Where is Sinuiju?", "where's the Tumen River?": the place whose own location is asked (the question's words
    /// after "where is", each a name's or an article), or null when the question asks where something happened.
    /// </summary>
    private static string? LocationAsked(List<string> plain, IReadOnlyList<QuestionTerm> terms)
    {
        if (plain.Count < 3 || plain[0] != "where" || plain[1] is not ("is" or "are" or "s"))
        {
            return null;
        }

        var rest = plain.Skip(2).Where(w => w != "the").ToList();
        var names = terms.Where(t => t.Role == TermRole.Name).Select(t => t.Word.ToLowerInvariant()).ToHashSet();
        return rest.Count > 0 && rest.All(w => names.Contains(w) || names.Any(n => n.Split(' ').Contains(w)) || IsLowerCaseName(w, terms)) ? string.Join(' ', rest) : null;
    }

    /// <summary>
    /// "where is dandong?": a question typed in lower case names a place by a word that is no ordinary English (neither a
    /// function word nor one WordNet knows), which the reading of names, going by capitals, takes for a plain word.
    /// </summary>
    private static bool IsLowerCaseName(string word, IReadOnlyList<QuestionTerm> terms) =>
        (word.Length > 2 && word.All(char.IsLetter) && !CommonWords.IsCommon(word)
        && terms.Any(t => t.Role == TermRole.Content && t.Word.Equals(word, StringComparison.OrdinalIgnoreCase)))
        || IsHyphenedLowerCaseName(word, terms);

    /// <summary>
    /// "where is kosong-ri?": a name of parts joined by hyphens, as place names written from another script often are,
    /// stays one word in the question; it is a name when one part is a name of its own and none is a function word (a
    /// short part such as "ri" or "do" may happen to be an abbreviation the dictionary knows).
    /// </summary>
    private static bool IsHyphenedLowerCaseName(string word, IReadOnlyList<QuestionTerm> terms)
    {
        var parts = word.Split('-');
        return parts.Length > 1 && parts.All(p => p.Length > 0 && p.All(char.IsLetter) && !CommonWords.IsFunctionWord(p))
            && parts.Any(p => IsLowerCaseName(p, terms));
    }

    /// <summary>Words that say where something was going when "for" or "to" and a place follow ("bound for", "headed to").</summary>
    private static readonly string[] DestinationWords = ["bound", "destined", "headed", "heading"];

    /// <summary>
    /// Asked where, a word of a class whose words tell one deed, which no thesaurus relates, is matched by the others of
    /// its class: "Where was the tanker headed?" of "it was bound for Taiwan" (<see cref="DestinationWords"/>), "Where did
    /// the delegates sleep?" of "they stayed at a lakeside hotel" (<see cref="LodgingVerbs"/>).
    /// </summary>
    private static IReadOnlyList<string> WithWordsOfItsClass(IReadOnlyList<string> related, string word, AnswerType type, AnsweringModel model)
    {
        var words = type != AnswerType.Place ? null
            : Array.IndexOf(DestinationWords, word) >= 0 ? DestinationWords
            : LodgingVerbs.IsLodging(word) ? LodgingVerbs.Words
            : null;
        if (words is null)
        {
            return related;
        }

        var own = model.Snapshot.Analyzer.Terms(word);
        return [.. related.Union(words.SelectMany(model.Snapshot.Analyzer.Terms).Where(stem => !own.Contains(stem)))];
    }

    /// <summary>
    /// "Where was their restaurant?", "where in London is the embassy?": "where" and "be" with no other verb ask where a
    /// thing is, the noun the question ends on (its term), not where something was done; null when the question asks
    /// something else, or where a named place lies (<see cref="LocationAsked"/>).
    /// </summary>
    private static QuestionTerm? ThingLocated(List<string> plain, IReadOnlyList<QuestionTerm> terms, HashSet<string> mayBeVerbs, HashSet<string> afterArticle)
    {
        var be = plain.FindIndex(w => w is "is" or "was" or "are" or "were" or "s");
        if (plain.Count < 3 || plain[0] != "where" || be < 1 || be > 3 || (be > 1 && plain[1] != "in") || be + 1 >= plain.Count || plain.Count - be > 7)
        {
            return null;
        }

        var last = plain[^1];
        var relations = Language.Relations.WordRelations.Default;
        var verbs = plain.Skip(be + 1).Count(w => mayBeVerbs.Contains(w) && !afterArticle.Contains(w));
        return verbs == 0 && relations.IsNoun(last)
            ? terms.FirstOrDefault(t => t.Role is TermRole.Content or TermRole.Event && t.Word.Equals(last, StringComparison.OrdinalIgnoreCase))
            : null;
    }

    /// <summary>
    /// "Where did Moon speak in Pyongyang?", "where in China did they meet?": the grain of a known town or country
    /// named right after "in", the one the place asked lies in; of a name that is both ("Singapore"), the finer.
    /// </summary>
    private static PlaceKind? Within(List<string> plain, IReadOnlyList<QuestionTerm> terms)
    {
        PlaceKind? within = null;
        foreach (var term in terms.Where(t => t.Role == TermRole.Name))
        {
            var words = term.Word.ToLowerInvariant().Split(' ');
            var at = IndexOf(plain, words);
            if (at > 0 && (plain[at - 1] == "in" || (at > 1 && plain[at - 1] == "the" && plain[at - 2] == "in")))
            {
                var kinds = Gazetteer.Default.Find(term.Word).Where(p => !p.IsDemonym).Select(p => p.Kind).ToList();
                PlaceKind? finest = kinds.Contains(PlaceKind.Capital) || kinds.Contains(PlaceKind.City) ? PlaceKind.City : kinds.Contains(PlaceKind.Country) ? PlaceKind.Country : null;
                within = finest is null ? within : within == PlaceKind.City ? within : finest;
            }
        }

        return within;
    }

    private static int IndexOf(List<string> plain, string[] words)
    {
        for (var i = 0; i + words.Length <= plain.Count; i++)
        {
            if (words.Select((w, k) => plain[i + k] == w).All(b => b))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Where did the tour begin?": the start; "where did it end?": the end (of the question's lower-case words); "where
    /// did the race start and finish?": both, which one place answers only when the sentence says it was both.
    /// </summary>
    private static RouteEnd? RouteOf(List<string> words)
    {
        var start = words.Any(w => w is "begin" or "began" or "begun" or "begins" or "start" or "started" or "starts" or "depart" or "departed" or "departs");
        var end = words.Any(w => w is "end" or "ended" or "ends" or "finish" or "finished" or "finishes" or "conclude" or "concluded" or "concludes");
        return start && end ? RouteEnd.Both : start ? RouteEnd.Start : end ? RouteEnd.End : null;
    }

    /// <summary>
    /// A place name as a place, unless it owns something ("Pyongyang's team"), acts ("does Washington pay", "why were
    /// Oslo and Ankara against ..."), or is joined by "and"/"or" to one that does ("did Oslo and Ankara object": both act).
    /// </summary>
    private static bool AsPlace(List<Token> tokens, int i, string question)
    {
        if (i > 0 && Locative.Contains(tokens[i - 1].Text))
        {
            return true;
        }

        if (i > 1 && tokens[i - 1].Text.ToLowerInvariant() is "and" or "or" && tokens[i - 2].IsWord)
        {
            return AsPlace(tokens, i - 2, question);
        }

        var after = question.AsSpan(tokens[i].End);
        var owns = after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("\u2019s", StringComparison.Ordinal);
        return !owns && !IsAfterAuxiliary(tokens, i) && !IsSubjectOfBe(tokens, i) && !IsObject(tokens, i);
    }

    /// <summary>"does Washington pay", "did North Korea send": a name right after an auxiliary is the subject of the question's verb.</summary>
    private static bool IsAfterAuxiliary(List<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].Text.ToLowerInvariant() is "does" or "did" or "do" or "will" or "would" or "has" or "have";

    /// <summary>
    /// "Where did North Korea last send skaters?", "did Oslo and Ankara object?": a name that is the subject of the
    /// question's verb (or joined by "and"/"or" to one that is) acts; it is no place the answer must lie in.
    /// </summary>
    private static bool Acts(List<Token> tokens, int i) =>
        IsAfterAuxiliary(tokens, i) || IsSubjectOfBe(tokens, i)
        || (i > 1 && tokens[i - 1].Text.ToLowerInvariant() is "and" or "or" && tokens[i - 2].IsWord && Acts(tokens, i - 2));

    /// <summary>
    /// "Why were Oslo and Ankara against the plan?": a place name right after an opening "was"/"were"/"is"/"are" and
    /// followed by more of the question is its subject, and a capital as a subject is its government. Not of "where is
    /// ...?" nor of a name that ends the question ("how big is Oslo?"): there the place itself is asked.
    /// </summary>
    private static bool IsSubjectOfBe(List<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].Text.ToLowerInvariant() is "is" or "are" or "was" or "were"
        && !tokens[0].Text.Equals("where", StringComparison.OrdinalIgnoreCase)
        && i + 1 < tokens.Count && tokens[i + 1].IsWord;

    /// <summary>"the White House", "Gardens by the Bay": capitalized in mid-question, and not a title, a month or a day.</summary>
    private static bool IsCapitalizedName(List<Token> tokens, int i) =>
        tokens[i].IsCapitalized && i > 0 && tokens[i - 1].Text is not ("?" or "." or "\"" or "\u201C")
        && !RoleWords.IsRoleWord(tokens[i].Text) && !Calendar.IsCalendarWord(tokens[i].Text) && !QuestionWords.Frame.Contains(tokens[i].Text.ToLowerInvariant())
        && !IsDemonym(tokens[i].Text);

    /// <summary>"American", "North Korean": an adjective of a country, which a passage may leave out ("American troops" are "troops").</summary>
    private static bool IsDemonym(string word) => Gazetteer.Default.Find(word) is { Count: > 0 } places && places.All(p => p.IsDemonym);

    private static bool IsPlaceName(List<Token> tokens, int i, (int Length, bool InContext)[] names)
    {
        if (QuestionWords.Frame.Contains(tokens[i].Text.ToLowerInvariant()))
        {
            return false;
        }

        for (var start = Math.Max(0, i - 3); start <= i; start++)
        {
            if (names[start].Length > 0 && start + names[start].Length > i && names[start].InContext)
            {
                return true;
            }
        }

        return false;
    }
}
