using SummitBot.Language.Words;
using SummitBot.Language.World;

namespace SummitBot.Answering.Questions;

/// <summary>
/// What kind of answer a question's words ask for: the <see cref="AnswerType"/>, the grain of place for "which city"
/// or "at which venue", and whether the words say so outright ("where ...") or the kind is only guessed ("what ...").
/// English question words only; nothing of any one story.
/// </summary>
internal static class QuestionType
{
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "did", "does", "do", "will", "has", "have", "had", "can", "could", "would", "should", "isn't", "wasn't",
        "didn't", "doesn't", "won't", "hasn't", "haven't", "aren't", "weren't", "shall", "may", "might",
    };

    private static readonly HashSet<string> WhWords = new(StringComparer.Ordinal) { "what", "which", "who", "whom", "whose", "where", "when", "why", "how" };

    private static readonly HashSet<string> DateNouns = new(StringComparer.Ordinal) { "date", "dates", "day", "days", "time", "year", "month", "week", "weekday", "hour" };

    /// <summary>
    /// Parts of a day after "what"/"which" ("on which night", "which morning"): they name the day they fall on, so they
    /// ask when as "which day" does. Only after the question word: alone in a telegraphic question they ask nothing.
    /// </summary>
    private static readonly HashSet<string> DayParts = new(StringComparer.Ordinal) { "night", "morning", "afternoon", "evening" };

    /// <summary>Words after "time" that make it a stretch or a season, not a time of day ("what time frame", "what time of year").</summary>
    private static readonly HashSet<string> NotClockAfterTime = new(StringComparer.Ordinal) { "frame", "period", "span", "zone", "limit", "line", "scale", "table" };

    private static readonly HashSet<string> TimeUnits = new(StringComparer.Ordinal) { "minutes", "hours", "days", "weeks", "months", "years", "seconds", "decades" };

    private static readonly HashSet<string> TitleNouns = new(StringComparer.Ordinal) { "title", "position", "role", "job", "rank", "occupation", "profession" };

    /// <summary>The kind asked; <paramref name="Measure"/> is the measure a "what" question names ("what was the yield"), if any.</summary>
    public readonly record struct Reading(AnswerType Type, PlaceKind? Place, bool Outright, Dimension? Measure = null);

    /// <summary>
    /// The kind a question's words ask; <paramref name="owners"/> are its words written in the possessive ("team" of
    /// "the team's time"), which the words themselves no longer show.
    /// </summary>
    public static Reading Of(List<string> words, IReadOnlySet<string>? owners = null)
    {
        bool Has(string w) => words.Contains(w);
        bool Pair(string a, string b) => IndexOfPair(words, a, b) >= 0;
        string After(string a, int k = 1) => words.IndexOf(a) is >= 0 and var i && i + k < words.Count ? words[i + k] : string.Empty;

        if (words.Count > 2 && Auxiliaries.Contains(words[0]) && !(words.Count > 1 && WhWords.Contains(words[1])))
        {
            return new(AnswerType.YesNo, null, true);
        }

        var wh = words.IndexOf(words.FirstOrDefault(WhWords.Contains) ?? "\0");

        // "Where was Trump when he floated ...?", "Who greeted Kim when he got off ...?": the question word that opens the
        // question decides; one in a clause after it ("when he ...", "who welcomed him") does not.
        if (wh >= 0 && wh + 1 < words.Count)
        {
            var opening = words[wh];
            var rest = words.Take(wh + 2).Concat(words.Skip(wh + 2).Where(w => !WhWords.Contains(w) || w == "how")).ToList();
            if (rest.Count < words.Count)
            {
                return Of(rest, owners);
            }

            _ = opening;
        }

        if (Has("why") || Pair("how", "come") || Pair("what", "reason") || Pair("what", "purpose") || (Has("reason") && Has("what")) || CauseAsked.Asks(words, out _))
        {
            return new(AnswerType.Reason, null, true);
        }

        // "How much later did the second blast come?", "how much earlier did they leave?": a gap in time, told as a
        // length of time ("eight minutes later"), never an amount. "How much longer will the strike last?" asks the time
        // still to run, a length of time too; "how much longer is the new bridge than the old one?" compares sizes.
        if (Pair("how", "long") || (Pair("how", "many") && TimeUnits.Contains(After("many"))) || Pair("how", "much") && (After("much") is "time" or "later" or "earlier" or "sooner" || After("much") == "longer" && !Has("than")))
        {
            return After("long") is "ago" or "before" or "until" && !AsksLengthBefore(words) ? new(AnswerType.Date, null, true) : new(AnswerType.Duration, null, true);
        }

        // "How many km is it to the border?": an amount in the unit named, not a count of kilometres.
        if (Pair("how", "many") && Language.Quantities.QuantityReader.IsUnit(After("many")))
        {
            return new(AnswerType.Amount, null, true);
        }

        // "How often has Kim gone to China?": how many times.
        if (Pair("how", "many") || Pair("number", "of") || Pair("how", "often"))
        {
            return new(AnswerType.Number, null, true);
        }

        if (MeasureNouns.AsksHowMuchPaid(words))
        {
            return new(AnswerType.Amount, null, true, Dimension.Money);
        }

        // "How sure was she that ...?", "how likely is ...?": a degree of belief, which news gives as a share ("99 percent
        // certain"); the word stays one the passage must have (or its like: "certain" for "sure").
        if (Pair("how", "sure") || Pair("how", "certain") || Pair("how", "confident") || Pair("how", "likely"))
        {
            return new(AnswerType.Amount, null, true, Dimension.Share);
        }

        // "How old is Kim?", "what age was she?", "what is his age?": a person's age, which no amount answers.
        if (Pair("how", "old") || (wh >= 0 && words[wh] == "what" && words.IndexOf("age") is var age && age > wh && age - wh <= 4))
        {
            return new(AnswerType.Age, null, true);
        }

        // "How far behind the leaders did she finish?", "how far ahead did they set the clocks?": a margin, which news
        // tells as a length of time as often as a distance ("0.5 seconds ahead of", "half an hour behind"). Asked as a
        // length of time; a distance told as a margin answers too (QuestionReading.AsksMargin).
        if (MarginWords.Asked(words))
        {
            return new(AnswerType.Duration, null, true);
        }

        // "How large is the Korean community?", "how big was the delegation?": a body of people's size is a head count.
        if (GroupSizeAsked.Asks(words))
        {
            return new(AnswerType.Number, null, true);
        }

        if (Pair("how", "much") || Pair("how", "far") || Pair("how", "wide") || Pair("how", "broad") || Pair("how", "deep") || Pair("how", "tall") || Pair("how", "big") || Pair("how", "large") || Pair("how", "high") || Pair("how", "heavy"))
        {
            return new(AnswerType.Amount, null, true);
        }

        // "What was the yield of the test?", "what altitude did it reach?", "what was the death toll?": a measure named
        // as the head of the phrase asked wants a number with its unit, or a plain number for a toll or a magnitude.
        // A measure right after "what" asks it too, with the verb after it: "what percentage goes through China?".
        if ((MeasureNouns.Asked(words, wh) ?? MeasureFirst(words, wh)) is { } measure)
        {
            return new(measure == Dimension.Count ? AnswerType.Number : AnswerType.Amount, null, true, measure);
        }

        if (MeasureNouns.AsksSumPaid(words, wh))
        {
            return new(AnswerType.Amount, null, true, Dimension.Money);
        }

        var who = words.IndexOf("who") is >= 0 and var w1 ? w1 : words.IndexOf("whom");
        // "Who called the emergency meeting?" asks who convened it, not who spoke (ConveningCall).
        if ((who >= 0 && Enumerable.Range(who + 1, Math.Min(4, words.Count - who - 1)).Any(k => SpeechVerbs.IsSpeechVerb(words[k]) && !ConveningCall.At(words, k)))
            || (Pair("according", "to") && Has("whom")) || Pair("whose", "words"))
        {
            return new(AnswerType.Speaker, null, true);
        }

        if (PerformanceTime.Asks(words, wh, owners))
        {
            return new(AnswerType.Duration, null, true);
        }

        if (AsksClockTime(words))
        {
            return new(AnswerType.ClockTime, null, true);
        }

        if (Has("when") || Pair("how", "soon") || (wh >= 0 && words[wh] is "what" or "which" && NextNouns(words, wh).Any(w => DateNouns.Contains(w) || DayParts.Contains(w))))
        {
            return new(AnswerType.Date, null, true);
        }

        if (Has("where"))
        {
            return new(AnswerType.Place, PlaceAsked(words), true);
        }

        if (wh >= 0 && words[wh] is "what" or "which")
        {
            var next = NextNouns(words, wh).ToList();
            if ((CompoundPlaceHead(words, wh) ?? next.Select(Singular).FirstOrDefault(IsPlaceNoun)) is { } placeNoun)
            {
                return new(AnswerType.Place, PlaceWords.TryKind(placeNoun, out var kind) && !PlaceWords.AnyPlace.Contains(placeNoun) ? kind : null, true);
            }

            // "What post does she hold?": right after "what/which", "post" is an office; elsewhere it may be a customs
            // post or a border post, so it is not one of the title nouns a question may name anywhere.
            if (next.Any(TitleNouns.Contains) || next.FirstOrDefault() == "post")
            {
                return new(AnswerType.Title, null, true);
            }

            if ((next.Any(RoleWords.IsHead) || KindOfPersonAsked(words, wh)) && !RoleDoingAsked(words, wh))
            {
                // "which official ...", "what envoy ...": a person.
                return new(AnswerType.Person, null, true);
            }

            // "Which news agency reported ...?", "what company built ...?": an organisation of the kind named.
            if (OrganizationAsked(words).Count > 0)
            {
                return new(AnswerType.Organization, null, true);
            }
        }

        // "What did Xi say about China's role?", "what were Kim's words to Xi?": a quote, whatever it is about.
        // After "what did", the one who spoke may take several words ("what did the head of the organising committee say").
        // "What was the concert called?" asks its name: "called" after "what was ..." is naming, not saying.
        if (wh >= 0 && words[wh] is "what" && words.Skip(wh + 1).Take(AsksThroughAuxiliary(words, wh) ? 10 : 5).Any(w => (SpeechVerbs.IsSpeechVerb(w) && !AsksWhatItIsCalled(words, wh, w) && !AsksObjectOfToldClause(words, w) && !AsksWhatToldThingIs(words, w)) || w is "words"))
        {
            return new(AnswerType.Quote, null, true);
        }

        // "What is Biegun's title?", "what is his job?".
        if (wh >= 0 && words.Skip(wh + 1).Any(TitleNouns.Contains))
        {
            return new(AnswerType.Title, null, true);
        }

        // "Who will host the summit?": a place hosts.
        if (who >= 0 && words.Skip(who + 1).Take(3).Any(w => w.StartsWith("host", StringComparison.Ordinal)))
        {
            return new(AnswerType.Place, PlaceKind.Country, true);
        }

        if (who >= 0 || Has("whose"))
        {
            return new(AnswerType.Person, null, true);
        }

        if (wh < 0 && words.Count > 1 && Auxiliaries.Contains(words[0]))
        {
            return new(AnswerType.YesNo, null, true);
        }

        // Telegraphic questions name the kind anywhere: "Singapore summit date?", "2nd summit location?".
        if (wh < 0)
        {
            foreach (var word in words)
            {
                if (DateNouns.Contains(word) && word is not ("time" or "hour"))
                {
                    return new(AnswerType.Date, null, true);
                }

                if (PlaceWords.AnyPlace.Contains(word))
                {
                    return new(AnswerType.Place, null, true);
                }

                if (TitleNouns.Contains(word))
                {
                    return new(AnswerType.Title, null, true);
                }
            }
        }

        return new(AnswerType.What, null, false);
    }

    /// <summary>
    /// "What time did Kim arrive?", "at what hour ...", "what time of day ...": a time of day, which a date does not
    /// answer. "What time of year", "what time frame" ask for a date or a stretch, and "when" stays a date (it is
    /// answered by the day as well as by the hour).
    /// </summary>
    internal static bool AsksClockTime(IReadOnlyList<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] is not ("what" or "which"))
            {
                continue;
            }

            var next = words[i + 1];
            var after = i + 2 < words.Count ? words[i + 2] : string.Empty;
            var ofWhat = i + 3 < words.Count ? words[i + 3] : string.Empty;
            if (next == "hour" || (next == "time" && !NotClockAfterTime.Contains(after) && (after != "of" || ofWhat == "day")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nouns of things that last rather than stretch: "how long is the ban?" asks a length of time.</summary>
    private static readonly HashSet<string> LastingNouns = new(StringComparer.Ordinal)
    {
        "flight", "flights", "ride", "drive", "voyage", "stay", "wait", "delay", "term", "deadline", "period", "ban", "moratorium", "freeze",
        "break", "pause", "suspension", "sentence", "mission", "programme", "program", "process", "service", "life", "lifetime", "career", "tenure",
        "show", "shows", "concert", "concerts", "performance", "performances", "match", "matches", "game", "film", "movie", "broadcast", "event",
        "race", "festival", "campaign", "strike", "siege", "detention", "captivity", "exile", "occupation", "celebration", "celebrations",
        "funeral", "rally", "protest", "vigil", "lockdown", "quarantine", "search", "outage", "blackout", "shutdown",
    };

    /// <summary>
    /// "How long is China's border?", "how long was the DMZ?": "how long" and a form of "be" with no event or lasting
    /// thing after it ("how long was the meeting?", "how long is the ban?") asks how long a thing stretches, which a
    /// length answers as well as a length of time. A verb ("how long did it last?") makes it a length of time.
    /// </summary>
    internal static bool AsksLengthOfThing(IReadOnlyList<string> words)
    {
        var at = IndexOfPair([.. words], "how", "long");
        if (at < 0 || at + 2 >= words.Count || words[at + 2] is not ("is" or "are" or "was" or "were"))
        {
            return false;
        }

        return !words.Skip(at + 3).Any(w => EventWords.IsEventNoun(w) || LastingNouns.Contains(w) || TimeUnits.Contains(w)
            || w is "last" or "lasted" or "lasting" or "take" or "took" or "taken" or "taking" or "ago" or "until" or "since" or "for" or "going" or "expected" or "scheduled");
    }

    /// <summary>Words between "what/which" and the noun it asks about that say nothing of the kind ("which of the ...", "what is the name of the ...").</summary>
    private static readonly HashSet<string> BeforeKind = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "the", "a", "an", "kind", "sort", "type", "of", "exact", "exactly", "specific", "name", "names",
    };

    /// <summary>
    /// "Which news agency reported ...?" → news, agency; "what is the name of the company that ...?" → company: the words
    /// naming the kind of organisation a "what/which" question asks for, ending in a noun of <see cref="OrganizationKinds"/>,
    /// or none. "Which group of islands" asks what follows "of"; "which ministry official" asks a person.
    /// </summary>
    internal static IReadOnlyList<string> OrganizationAsked(IReadOnlyList<string> words)
    {
        var wh = -1;
        for (var i = 0; i < words.Count && wh < 0; i++)
        {
            wh = words[i] is "what" or "which" ? i : -1;
        }

        if (wh < 0)
        {
            return [];
        }

        var start = wh + 1;
        while (start < words.Count && (BeforeKind.Contains(words[start]) || Language.Quantities.NumberWords.Value(words[start]) is not null))
        {
            start++;
        }

        for (var k = start; k < words.Count && k < start + 3; k++)
        {
            var noun = Singular(words[k]);
            if (Auxiliaries.Contains(words[k]) || Language.Words.CommonWords.IsFunctionWord(words[k]))
            {
                return [];
            }

            if (!OrganizationKinds.IsKind(noun))
            {
                continue;
            }

            var after = k + 1 < words.Count ? words[k + 1] : string.Empty;
            if (OrganizationDoing(words, wh, after))
            {
                return [];
            }

            if (after is "of" || RoleWords.IsHead(after) || (OrganizationKinds.IsKind(Singular(after)) && after.Length > 0))
            {
                // "which group of countries", "which ministry official", "which news agency": the kind is named further on.
                if (after is "of" || RoleWords.IsHead(after))
                {
                    return [];
                }

                continue;
            }

            return [.. words.Skip(start).Take(k - start).Append(noun)];
        }

        return [];
    }

    /// <summary>
    /// "What were the envoys working on?", "what was the official doing?": after "what" and a form of "be", the person
    /// named is the subject of an "-ing" verb and the question asks what they were doing, not who they are. The person
    /// may be described by a word or two before the role ("what is the Cuban leader hoping to get", "what were the two
    /// envoys discussing").
    /// </summary>
    /// <summary>
    /// "Which relative went with her?", "what student asked the first question?": a noun WordNet files right under
    /// "person" (two steps at most: student → enrollee → person) right after "which"/"what" asks who, as an office does
    /// ("which official"); a sentence answers it with a name ("her brother, Jonas Berg"). Not further up: the lexicon
    /// relates words, not senses, and at three steps "company" and "message" reach "person" through other senses.
    /// </summary>
    private static bool KindOfPersonAsked(List<string> words, int wh) =>
        wh + 1 < words.Count && Language.Relations.WordRelations.Default.IsKindOf(words[wh + 1], "person", PersonSteps);

    /// <summary>How many hypernym steps a noun after "which" may take to "person".</summary>
    private const int PersonSteps = 2;

    private static bool RoleDoingAsked(List<string> words, int wh)
    {
        if (words[wh] is not "what" || wh + 1 >= words.Count || words[wh + 1] is not ("is" or "was" or "are" or "were"))
        {
            return false;
        }

        var k = wh + 2;
        while (k < words.Count && words[k] is "the" or "a" or "an")
        {
            k++;
        }

        for (var head = k; head < words.Count && head <= k + RoleDescribers; head++)
        {
            if (RoleWords.IsHead(words[head]))
            {
                return head + 1 < words.Count && words[head + 1].Length > 4 && words[head + 1].EndsWith("ing", StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>
    /// "What is the agency planning?", "what was her company waiting to hear?": after "what" and a form of "be", an
    /// organisation's noun followed by an "-ing" verb is the subject of that verb, and the question asks what it was
    /// doing, not which organisation it is (as <see cref="RoleDoingAsked"/> for a person's role).
    /// </summary>
    private static bool OrganizationDoing(IReadOnlyList<string> words, int wh, string after) =>
        words[wh] is "what" && wh + 1 < words.Count && words[wh + 1] is "is" or "was" or "are" or "were"
        && after.Length > 4 && after.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>How many describing words may stand between the article and the role ("the Cuban leader", "the two envoys").</summary>
    private const int RoleDescribers = 2;

    private static bool IsPlaceNoun(string noun) => PlaceWords.Kinds.ContainsKey(noun) || PlaceWords.AnyPlace.Contains(noun);

    /// <summary>
    /// "which border town": two place nouns side by side right after "which" are one noun whose head is the last
    /// ("town"); the first only describes it. Apart ("which island was the venue") the first is the kind asked.
    /// </summary>
    private static string? CompoundPlaceHead(List<string> words, int wh) =>
        wh + 2 < words.Count && IsPlaceNoun(Singular(words[wh + 1])) && IsPlaceNoun(Singular(words[wh + 2])) ? Singular(words[wh + 2]) : null;

    /// <summary>"which cities", "what places": the kind a plural noun names is its singular's.</summary>
    private static string Singular(string noun) =>
        noun.Length > 4 && noun.EndsWith("ies", StringComparison.Ordinal) ? noun[..^3] + "y"
        : noun.Length > 3 && noun[^1] == 's' && noun[^2] != 's' ? noun[..^1]
        : noun;

    /// <summary>
    /// "where" with a grain named after it ("where ... which city"): the grain, else any place. A question whose own
    /// clause ends in "from" ("where did the old ferry come from?") asks where the thing came from: a place noun in it is
    /// the thing that came (the ferry, a hotel), not the grain of its origin, which may be a country or a port.
    /// </summary>
    private static PlaceKind? PlaceAsked(List<string> words)
    {
        if (EndsInFrom(words))
        {
            return null;
        }

        foreach (var word in words)
        {
            if (word is "city" or "country" or "capital" or "island" or "village" or "hotel" or "venue" && PlaceWords.TryKind(word, out var kind))
            {
                return word == "venue" ? PlaceKind.Venue : kind;
            }
        }

        return null;
    }

    /// <summary>"Where did it come from?": a "from" with nothing after it but another preposition, whose place the text tells.</summary>
    private static bool EndsInFrom(List<string> words) =>
        words.Where((w, i) => w == "from" && i > 0 && (i + 1 == words.Count || CommonWords.IsPreposition(words[i + 1]))).Any();

    /// <summary>The words after a "what/which", past articles and auxiliaries ("which is the city" → "city").</summary>
    /// <summary>The nouns "what"/"which" asks about ("which city", "what is the title"); none after "what did ..." (its subject follows).</summary>
    private static IEnumerable<string> NextNouns(List<string> words, int wh) =>
        words.Skip(wh + 1).Where(w => w is not ("is" or "was" or "are" or "were" or "the" or "a" or "an" or "kind" or "of" or "exact" or "exactly" or "specific"))
            .TakeWhile(w => w is not ("do" or "does" or "did" or "has" or "have" or "had" or "will" or "would" or "can" or "could" or "should")).Take(2);

    /// <summary>"what distance separates ...": a measure (of an amount) among the first nouns after "what/which", or null.</summary>
    private static Dimension? MeasureFirst(List<string> words, int wh) =>
        wh >= 0 && words[wh] is "what" or "which" ? NextNouns(words, wh).Select(MeasureNouns.Of).FirstOrDefault(d => d is not null and not Dimension.Count) : null;

    /// <summary>
    /// "How long before the meeting did they pull out?": "before" with an event and then the question's own verb,
    /// asked with "did", "was" and the like, asks the length of time between the two, not when: "How long before the
    /// talks resume?" asks when. A modal in the clause ("How long before the army can field the new rifle?") asks how
    /// long the wait is, which news gives as a length ("could be fielded in two to three years"), not a date.
    /// </summary>
    private static bool AsksLengthBefore(List<string> words)
    {
        var before = words.IndexOf("before");
        return before >= 0 && words.Skip(before + 2).Any(w => w is "did" or "do" or "does" or "was" or "were" or "had" or "has" or "have" or "can" or "could" or "will" or "would");
    }

    private static int IndexOfPair(List<string> words, string first, string second)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] == first && words[i + 1] == second)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"what did/does/will ..." : the verb asked about comes after its subject, however long.</summary>
    private static bool AsksThroughAuxiliary(List<string> words, int wh) =>
        wh + 1 < words.Count && words[wh + 1] is "did" or "does" or "do" or "will" or "would" or "has" or "have" or "had";

    /// <summary>"what was the concert called", "what is the plan called": a form of "be" after "what", then "called".</summary>
    /// <summary>
    /// "What did the service say the crew attacked the officers with?": the saying only attributes a clause of its own
    /// ("the crew attacked the officers") whose last preposition the question leaves open; it asks that object, what the
    /// clause says, not the words the service said. "What did they talk about?" (nothing between the verb and the
    /// preposition) asks what was said.
    /// </summary>
    private static bool AsksObjectOfToldClause(List<string> words, string verb) =>
        EndingPreposition.Ends(words[^1]) && words.Count - words.IndexOf(verb) - 2 >= 3;

    /// <summary>
    /// "What did the mayor say the purpose of the new bridge was?": the saying attributes a clause of its own whose verb,
    /// a form of "be", closes the question; it asks what the named thing was said to be (the clause's complement), not
    /// the words said. At least two words name the thing between the verb of saying and "be" ("the purpose").
    /// </summary>
    private static bool AsksWhatToldThingIs(List<string> words, string verb) =>
        words[^1] is "was" or "is" or "were" or "are" or "be" && words.Count - words.IndexOf(verb) - 2 >= 2
        && words[words.IndexOf(verb) + 1] is "the" or "its" or "his" or "her" or "their";

    private static bool AsksWhatItIsCalled(List<string> words, int wh, string word) =>
        word is "called" && wh + 1 < words.Count && words[wh + 1] is "is" or "was" or "are" or "were" or "s";
}
