using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;
using SummitBot.Language.Relations;
using SummitBot.Language.Words;
using SummitBot.Language.World;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// Places: the place names read from the sentence ("Hanoi, Vietnam" as one, "the Metropole hotel", "Sentosa island"),
/// of the grain asked ("which city": a city or capital), best after "in", "at", "to" or "from"; and place phrases
/// such as "a third nation in Asia". Not a place inside a title or an organisation's name ("for North Korea").
/// </summary>
internal sealed class PlaceExtractor : IAnswerExtractor
{
    public AnswerType Type => AnswerType.Place;

    public IEnumerable<AnswerCandidate> Extract(QuestionReading question, Passage passage)
    {
        var places = passage.Of(AnnotationKind.Place);
        var text = passage.Text;
        var asked = LocationOfPlace.EndsOfAsked(question, text).ToList();
        var attached = LocationOfThing.Attached(question, passage);
        // "left Beijing for Lisbon, where she lives", asked where her home is: the place the asked words' "where" clause
        // follows is the one they are attached to; a place before it is where something else was done (a place inside
        // the clause, "where Xi received him at the Great Hall", is a finer place of the deed asked, and keeps its fit).
        var clauseOwners = places.Where(p => WhereClauseAsks(question, passage, p.End)).Select(p => p.Start).ToList();

        for (var i = 0; i < places.Count; i++)
        {
            var place = places[i];
            var kind = KindOf(place);
            var end = place.End;

            // "Hanoi, Vietnam": a city and its country are one answer.
            if (i + 1 < places.Count && text.AsSpan(end, places[i + 1].Start - end).Trim().SequenceEqual(",") && KindOf(places[i + 1]) == PlaceKind.Country
                && kind != PlaceKind.Country && !ModifiesNoun(text, places[i + 1].End) && !OwnsNext(text, places[i + 1].End) && !OfOtherCountry(place, places[i + 1]))
            {
                end = places[i + 1].End;
                i++;
            }

            if (kind == PlaceKind.Unknown && !place.IsDemonym)
            {
                end = PossessiveName.End(text, end);
            }

            // "Kalma airport in the port city of Wonsan": a venue with the town it is in, when the question asks no grain.
            if (question.PlaceKind is null && kind is PlaceKind.Venue or PlaceKind.Unknown && i + 1 < places.Count && KindOf(places[i + 1]) is PlaceKind.City or PlaceKind.Capital or PlaceKind.Village or PlaceKind.Island
                && IsIn(text.AsSpan(end, places[i + 1].Start - end)))
            {
                // The town stays a candidate of its own: "on Russky Island" may be the answer wanted.
                end = places[i + 1].End;
            }

            if (place.IsDemonym && ((question.PlaceKind is not PlaceKind.Country && !(question.PlaceKind is PlaceKind.Capital && kind == PlaceKind.Capital))
                || NationalityOfPerson.Is(question, passage, place)))
            {
                continue;
            }

            // "to Seoul and Tokyo": places of one kind joined by "and" are one answer; each alone is only part of it.
            var listed = end == place.End && i + 1 < places.Count && places[i + 1].Start >= end && text.AsSpan(end, places[i + 1].Start - end).Trim().SequenceEqual("and")
                && KindOf(places[i + 1]) == kind && !place.IsDemonym && !places[i + 1].IsDemonym;
            var series = Series(places, i, text, kind);
            var part = listed || series.InLongSeries || (i > 0 && places[i - 1].End <= place.Start && text.AsSpan(places[i - 1].End, place.Start - places[i - 1].End).Trim().SequenceEqual("and") && KindOf(places[i - 1]) == kind
                && !place.IsDemonym && !places[i - 1].IsDemonym);

            // "Where was the Hanoi summit held?" is not answered by "Hanoi, Vietnam": the place itself, whatever its
            // country, is the question's.
            var words = text[place.Start..end];
            // "known in the West as the Butterfly Lovers": the West is where the name is used, not where it happened.
            // "told North Korea in a speech": the place spoken to is no place where anything was done.
            if (NamingPhrase.IsScope(text, place.Start, place.End) || PlaceAddressed.Is(question, text, place.Start) || ContainsAsked(question, kind, place) || NoFinerThan(question.Within, kind) || Spans.RepeatsQuestion(words, question, passage.Analyze) || PartOfNamedPlace(words, question, passage.Analyze) || (end > place.End && Spans.RepeatsQuestion(text[place.Start..place.End], question, passage.Analyze)) || question.Route is { } route && !RouteRole.Plays(text, place.Start, route))
            {
                continue;
            }

            var fit = (part ? ListPart : 1.0) * (question.AsksSeveralPlaces ? PlacePair.OneEnd : 1.0) * Fit(question.PlaceKind, kind)
                * AttachmentFit(question, passage, place.Start, end, kind, attached, clauseOwners) * (question.PlaceKind is null ? Specificity(kind) : 1.0)
                * CountryFit(question, place) * (question.PlaceKind == PlaceKind.Capital && !CalledCapital(text, place) ? 0.3 : 1.0)
                * ((Spans.Inside(passage, place.Start, end, AnnotationKind.Title) && !HomeInTitle(text, place.Start)) || Spans.Inside(passage, place.Start, end, AnnotationKind.Organization) ? 0.3 : 1.0)
                * (IsDateline(text, place.Start, end) ? Dateline : 1.0) * (DoesTheAsked(question, passage, end) && !question.AsksDoerPlace ? Doer : 1.0)
                * (LocationOfPlace.Fits(asked, text, place.Start) ? 1.0 : LocationOfPlace.Elsewhere)
                * (OwnsFinerPlace(question, places, i, text) ? Possessor : 1.0);
            var answer = place.IsDemonym ? words + " (" + place.Value + ")" : words;
            yield return new AnswerCandidate(passage, Type, answer, place.Start, end, fit) { Note = $"place ({kind})" };
            if (listed && !series.InLongSeries && text[place.Start..places[i + 1].End] is var both && !Spans.RepeatsQuestion(both, question, passage.Analyze))
            {
                yield return new AnswerCandidate(passage, Type, both, place.Start, places[i + 1].End, fit / ListPart) { Note = $"places ({kind})" };
            }

            if (series.Last > i + 1 && text[place.Start..places[series.Last].End] is var all && !Spans.RepeatsQuestion(all, question, passage.Analyze))
            {
                // "China, Russia and Bolivia voting against", asked which countries voted: the series does the asked deed.
                var doers = question.AsksDoerPlace && DoesTheAsked(question, passage, places[series.Last].End);
                yield return new AnswerCandidate(passage, Type, all, place.Start, places[series.Last].End, doers ? Fit(question.PlaceKind, kind) : fit / ListPart) { Note = $"places ({kind})" };
            }
        }

        foreach (var pair in PlacePair.Pairs(question, passage, 1.0))
        {
            if (!Spans.RepeatsQuestion(pair.Answer, question, passage.Analyze))
            {
                yield return pair;
            }
        }

        // A place phrase or a thing of the kind asked says nothing of where a route began or ended.
        if (question.Route is not null)
        {
            yield break;
        }

        foreach (var located in LocationOfPlace.Phrases(question, passage))
        {
            yield return located;
        }

        foreach (var phrase in PlacePhrases(passage, question))
        {
            yield return phrase;
        }

        if (question.Category is not null)
        {
            foreach (var found in WhatExtractor.Named(passage, passage.Analysis.Tokens, question.Category, question))
            {
                // "in a Western country": a kind with a capitalised word after "a" is no named place.
                if (DescribedPlace.AfterIndefinite(text, found.Start) && Overlapping(places, found.Start, found.End) is null)
                {
                    continue;
                }

                var named = question.AsksSeveralPlaces ? found with { Fit = found.Fit * PlacePair.OneEnd } : found;

                // "landed at Joint Base Pearl Harbor-Hickam": where the reader found a place in the words named, the
                // place's own name is the answer, not the words around the noun asked for ("left Osan Air Base", a name
                // cut short at a hyphen).
                yield return Overlapping(places, named.Start, named.End) is { } place
                    ? named with { Type = Type, Answer = text[place.Start..place.End], Start = place.Start, End = place.End }
                    : named with { Type = Type };
            }
        }
    }

    private static Annotation? Overlapping(IReadOnlyList<Annotation> places, int start, int end)
    {
        foreach (var place in places)
        {
            if (place.Start < end && start < place.End && !place.IsDemonym)
            {
                return place;
            }
        }

        return null;
    }

    /// <summary>How well one place of "Seoul and Tokyo" answers alone: part of the answer, below the two together.</summary>
    private const double ListPart = 0.8;

    /// <summary>
    /// "with China, Russia and Bolivia voting against": three or more places of one kind listed with commas and a last
    /// "and" are one answer, each alone only part of it. The last place of the series that opens at <paramref name="i"/>
    /// (i itself when none does), and whether place i stands in such a series of three or more.
    /// </summary>
    private static (int Last, bool InLongSeries) Series(IReadOnlyList<Annotation> places, int i, string text, PlaceKind kind)
    {
        var first = i;
        while (first > 0 && Joins(places[first - 1], places[first], text, kind, out _))
        {
            first--;
        }

        var last = first;
        var closed = false;
        while (last + 1 < places.Count && !closed && Joins(places[last], places[last + 1], text, kind, out var and))
        {
            last++;
            closed = and;
        }

        var longSeries = closed && last - first >= 2;
        return (longSeries && first == i ? last : i, longSeries && i >= first && i <= last);
    }

    /// <summary>Whether a comma, "and" or ", and" is all that stands between two places of the kind.</summary>
    private static bool Joins(Annotation a, Annotation b, string text, PlaceKind kind, out bool and)
    {
        and = false;
        if (b.Start < a.End || KindOf(a) != kind || KindOf(b) != kind || a.IsDemonym || b.IsDemonym)
        {
            return false;
        }

        var gap = text.AsSpan(a.End, b.Start - a.End).Trim();
        and = gap.SequenceEqual("and") || gap.SequenceEqual(", and");
        return and || gap.SequenceEqual(",");
    }

    /// <summary>
    /// "in Pyongyang, US officials said": a country name followed by a plural noun or a role ("officials", "envoy")
    /// describes them, and is no country of the place before the comma.
    /// </summary>
    /// <summary>"Wonsan, South Korea's Joint Chiefs of Staff said": a country in the possessive owns what follows it, not the town before.</summary>
    private static bool OwnsNext(string text, int end) =>
        text.AsSpan(end).StartsWith("'s", StringComparison.Ordinal) || text.AsSpan(end).StartsWith("\u2019s", StringComparison.Ordinal);

    /// <summary>A town the gazetteer puts in one country is not "Town, OtherCountry" because a list or clause puts them side by side.</summary>
    private static bool OfOtherCountry(Annotation town, Annotation country)
    {
        var known = town.PlaceCountry;
        return known.Length > 0 && !known.Equals(country.Value, StringComparison.OrdinalIgnoreCase);
    }

    private static bool ModifiesNoun(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart();
        var length = 0;
        while (length < rest.Length && char.IsLetter(rest[length]))
        {
            length++;
        }

        var word = rest[..length].ToString();
        if (word.Length < 3 || !char.IsLower(word[0]) || Language.Words.CommonWords.IsFunctionWord(word))
        {
            return false;
        }

        return Language.Words.RoleWords.IsRoleWord(word)
            || (word.EndsWith('s') && Language.Relations.WordRelations.Default.IsNoun(word[..^1]) && !Language.Relations.WordRelations.Default.IsNoun(word));
    }

    /// <summary>" in ", " in the port city of ", " on the island of ": what joins a place to the one it is in.</summary>
    private static bool IsIn(ReadOnlySpan<char> between)
    {
        var gap = between.Trim().ToString();
        if (gap is "in" or "on")
        {
            return true;
        }

        var words = gap.Split(' ');
        return words.Length is >= 4 and <= 5 && words[0] is "in" or "on" && words[1] == "the" && words[^1] == "of" && Language.Words.PlaceWords.TryKind(words[^2], out _);
    }

    /// <summary>"in a third nation in Asia", "at a villa outside the city": a place phrase with a place noun after a preposition.</summary>
    private IEnumerable<AnswerCandidate> PlacePhrases(Passage passage, QuestionReading question)
    {
        var text = passage.Text;
        var tokens = passage.Analysis.Tokens;
        var asked = LocationOfPlace.EndsOfAsked(question, text).ToList();
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Text is not ("in" or "at") || tokens[i + 1].Text is not ("a" or "an" or "the"))
            {
                continue;
            }

            var end = i + 2;
            var noun = -1;
            while (end < tokens.Count && end - i < 9 && tokens[end].Text is not ("," or "." or ";" or "on" or "and" or "but" or "\u201D" or "\"" or "when" or "after" or "before"
                or "was" or "were" or "is" or "are" or "had" or "has" or "have" or "will" or "would" or "could" or "said" or "to" or "that" or "which" or "where")
                && !StartsTime(passage, tokens, end))
            {
                if (Language.Words.PlaceWords.TryKind(tokens[end].Text, out _) && !tokens[end].IsCapitalized)
                {
                    noun = end;
                }

                end++;
            }

            if (noun < 0 || passage.Of(AnnotationKind.Place).Any(p => p.Start == tokens[i + 1].Start || p.Start == tokens[i + 2].Start))
            {
                continue;
            }

            end = PhraseEnd(passage, tokens, i + 2, end);
            Language.Words.PlaceWords.TryKind(tokens[noun].Text, out var kind);
            var start = tokens[i + 1].Start;
            var located = LocationOfPlace.Fits(asked, text, start) ? 1.0 : LocationOfPlace.Elsewhere;
            var fit = Fit(question.PlaceKind, kind) * 0.85 * located;

            // Asked only where a thing came from, a phrase after "in" or "at" is where something is, no origin.
            fit = question.AsksOriginOnly ? Math.Min(fit, OriginElsewhere) : fit;

            // "at the team's lodge, the Fjellstua,": the name set beside the phrase says which place it was.
            if (noun == end - 1 && NameOfPlacePhrase.After(passage, tokens, end) is { } name && !Spans.RepeatsQuestion(text[name.Start..name.End], question, passage.Analyze))
            {
                yield return new AnswerCandidate(passage, Type, text[name.Start..name.End], name.Start, name.End, fit) { Note = $"name of place phrase ({kind})" };
                continue;
            }

            // "in the city" names no place of its own; "in a Western country" names no particular one.
            if (DescribedPlace.RefersBack(tokens, i + 1, noun, end)
                || (DescribedPlace.IsIndefinite(tokens[i + 1].Text) && (question.PlaceKind is not null || !NamesPlaceAfter(passage, tokens[noun].End, tokens[end - 1].End))))
            {
                continue;
            }

            var stop = tokens[end - 1].End;
            yield return new AnswerCandidate(passage, Type, text[start..stop], start, stop, fit) { Note = $"place phrase ({kind})" };
        }
    }

    /// <summary>
    /// "in the main square in a bitter wind": a place phrase ends with its last place noun or named place; what runs on
    /// past it ("in a bitter wind", "while touring") is no part of the place. The token after the phrase's last, read
    /// from <paramref name="from"/> up to <paramref name="end"/>.
    /// </summary>
    private static int PhraseEnd(Passage passage, List<Language.Token> tokens, int from, int end)
    {
        var places = passage.Of(AnnotationKind.Place);
        var last = from;
        for (var k = from; k < end; k++)
        {
            var start = tokens[k].Start;
            if ((Language.Words.PlaceWords.TryKind(tokens[k].Text, out _) && !tokens[k].IsCapitalized) || places.Any(p => p.Start <= start && start < p.End))
            {
                last = k;
            }
        }

        return last + 1;
    }

    /// <summary>"in the city in 2000": a place phrase ends before a date, or a preposition opening one.</summary>
    private static bool StartsTime(Passage passage, List<Language.Token> tokens, int k)
    {
        var dates = passage.Of(AnnotationKind.Date);
        bool InDate(int at) => at < tokens.Count && dates.Any(d => d.Start <= tokens[at].Start && tokens[at].Start < d.End);
        return InDate(k) || (CommonWords.IsPreposition(tokens[k].Text) && InDate(k + 1));
    }

    /// <summary>"at a villa outside Stockholm": whether a place the sentence names lies after the phrase's noun, within it.</summary>
    private static bool NamesPlaceAfter(Passage passage, int from, int to) =>
        passage.Of(AnnotationKind.Place).Any(p => p.Start >= from && p.End <= to);

    /// <summary>
    /// "reached Panmun Station on the northern side ten minutes later, where a North Korean locomotive took over": a
    /// place followed by a clause of "where" is where that clause happened, whatever preposition (or none) it has,
    /// when the clause has a word of the question's.
    /// </summary>
    private static bool WhereClauseAsks(QuestionReading question, Passage passage, int end)
    {
        var text = passage.Text;
        var where = text.IndexOf(", where ", end, StringComparison.Ordinal);
        // "left Beijing on Saturday for Lisbon, where she lives": the clause is of the nearest place before it, not of
        // one another place's own phrase ("for Lisbon") stands between; "in Akita and Yamaguchi prefectures, where" is a
        // list, every item of which the clause is of.
        if (where < 0 || where - end > 60 || text.AsSpan(end, where - end).IndexOfAny(",.;") >= 0
            || passage.Of(AnnotationKind.Place).Any(p => p.Start >= end && p.Start < where && AfterPreposition(passage, p.Start)))
        {
            return false;
        }

        var clause = text[(where + 8)..];
        var stop = clause.IndexOfAny([',', '.', ';']);
        var stems = passage.Analyze(stop < 0 ? clause : clause[..stop]);
        return question.Terms.Any(t => t.Role is TermRole.Content or TermRole.Event && t.IsIn(stems));
    }

    /// <summary>
    /// How well what the place is attached to fits the question: the place a "where" clause of the asked words follows, or
    /// the one the asked thing is located at, fits whole; a place of another doing (another located thing, or before the
    /// place a "where" clause of the asked words follows) fits little; otherwise its preposition says how it fits.
    /// </summary>
    private static double AttachmentFit(QuestionReading question, Passage passage, int start, int end, PlaceKind kind, HashSet<int> attached, List<int> clauseOwners)
    {
        var text = passage.Text;
        if (WhereClauseAsks(question, passage, end) || attached.Contains(start))
        {
            return 1.0;
        }

        if (attached.Count > 0 || clauseOwners.Any(o => o > start))
        {
            return LocationOfThing.OfOtherDoing;
        }

        var weight = Destination.Follows(text, start)
            ? PrepositionWeight("to", question.AsksWhereTo, question.AsksWhereFrom)
            : Preposition(text, start, question.AsksWhereTo, question.AsksWhereFrom, AfterAskedDeed(question, passage, start) ? kind : null);
        return question.AsksOriginOnly && weight < 1.0 ? Math.Min(weight, OriginElsewhere) : weight;
    }

    /// <summary>
    /// Asked only where a thing came from ("where did the ferry come from?"), what a place after any word but "from"
    /// keeps: the question has no verb of its own left for that place's preposition to go with.
    /// </summary>
    private const double OriginElsewhere = 0.35;

    /// <summary>
    /// Whether the sentence tells the deed the question asks where of ("where did the ferry dock?") before the place at
    /// <paramref name="start"/> ("docked at a quay outside the port town of ..."), so the place may be in that verb's own
    /// phrase. Asked where a thing is ("where is the skipper's home?"), a deed's preposition says nothing of it.
    /// </summary>
    private static bool AfterAskedDeed(QuestionReading question, Passage passage, int start)
    {
        if (question.ThingLocated is not null || question.LocationAsked is not null || question.AsksWhereTo)
        {
            return false;
        }

        var deeds = AskedDeeds.Of(question);
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        for (var k = 0; k < tokens.Count && tokens[k].End <= start; k++)
        {
            if (tokens[k].IsWord && !tokens[k].IsCapitalized && deeds.Any(t => t.IsIn(stems[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word before the place (past "the") is a preposition: "for Lisbon", "in the Algarve".</summary>
    private static bool AfterPreposition(Passage passage, int start)
    {
        var tokens = passage.Analysis.Tokens;
        var at = tokens.FindIndex(t => t.Start >= start);
        var before = at - 1;
        if (before >= 0 && tokens[before].Is("the"))
        {
            before--;
        }

        return before >= 0 && CommonWords.IsPreposition(tokens[before].Text);
    }

    /// <summary>How much of its fit a place keeps that does what the question asks where of ("North Korea fired ...").</summary>
    private const double Doer = 0.3;

    /// <summary>
    /// "North Korea fired a missile" for "where was the missile fired from?": a place right before the question's verb
    /// is who did it, not where.
    /// </summary>
    private static bool DoesTheAsked(QuestionReading question, Passage passage, int end)
    {
        var tokens = passage.Analysis.Tokens;
        var next = tokens.FindIndex(t => t.Start >= end);
        return next >= 0 && tokens[next].IsWord && !tokens[next].IsCapitalized
            && passage.Analysis.TokenStems[next].Any(s => question.Terms.Any(t => t.Role is TermRole.Content or TermRole.Event && t.Stem == s && question.MayBeVerbs.Contains(t.Word.ToLowerInvariant())));
    }

    /// <summary>How much of its fit a place keeps that owns the place named after it ("at Pyongyang's Sunan airport").</summary>
    private const double Possessor = 0.6;

    /// <summary>
    /// "was arrested at Pyongyang's Sunan International Airport": the town before "'s" says whose the airport is; the
    /// airport is where it happened, unless the question asks a grain only the town has ("in which city ...?").
    /// </summary>
    private static bool OwnsFinerPlace(QuestionReading question, IReadOnlyList<Annotation> places, int i, string text)
    {
        if (i + 1 >= places.Count)
        {
            return false;
        }

        var between = text.AsSpan(places[i].End, places[i + 1].Start - places[i].End).Trim();
        return between is "'s" or "\u2019s" && Fit(question.PlaceKind, KindOf(places[i + 1])) >= Fit(question.PlaceKind, KindOf(places[i]));
    }

    /// <summary>How much of its fit the dateline keeps: where the story was filed, not where what it tells happened.</summary>
    private const double Dateline = 0.4;

    /// <summary>"TOKYO — North Korea fired ...": the place that opens the story before a dash.</summary>
    private static bool IsDateline(string text, int start, int end) =>
        start == 0 && text.AsSpan(end).TrimStart(' ') is var rest && (rest.StartsWith("\u2014") || rest.StartsWith("\u2013") || rest.StartsWith("--") || rest.StartsWith("- "));

    /// <summary>The kind of place an annotation holds, or Unknown (<see cref="Annotation.PlaceKind"/>).</summary>
    internal static PlaceKind KindOf(Annotation place) => place.PlaceKind;

    /// <summary>
    /// "the capital of North Korea": a place of another country than the one the question names does not answer. A
    /// country that acts in the question ("where did North Korea send its skaters?") is who did it, not where.
    /// </summary>
    private static double CountryFit(QuestionReading question, Annotation place)
    {
        var country = place.PlaceCountry;
        if (country.IsEmpty)
        {
            return 1.0;
        }

        // Read without LINQ: this runs for every place of every passage.
        var namesCountry = false;
        foreach (var term in question.Terms)
        {
            if (term.Role != TermRole.Name || term.Acts)
            {
                continue;
            }

            foreach (var named in Gazetteer.Default.Find(term.Word))
            {
                if (named.Kind == PlaceKind.Country)
                {
                    if (named.Country is { } its && country.SequenceEqual(its))
                    {
                        return 1.0;
                    }

                    namesCountry = true;
                }
            }
        }

        return namesCountry ? 0.2 : 1.0;
    }

    /// <summary>
    /// "Where did she speak in Pyongyang?" is not answered by "North Korea": a country that holds a town the question
    /// names is wider than the place asked, however well its sentence matches.
    /// </summary>
    private static bool ContainsAsked(QuestionReading question, PlaceKind kind, Annotation place)
    {
        var country = kind == PlaceKind.Country ? place.PlaceCountry.ToString() : string.Empty;
        return country.Length > 0 && question.Terms.Any(term => term.Role == TermRole.Name
            && Gazetteer.Default.Find(term.Word).Any(p => p.Kind is not (PlaceKind.Country or PlaceKind.Continent) && p.Country == country));
    }

    /// <summary>
    /// "Where was the skipper held in North Korea?" is not answered by "the North": a place whose every word is a word of
    /// a place name of several words the question gives is that place said short, a repeat of the question.
    /// </summary>
    private static bool PartOfNamedPlace(string words, QuestionReading question, Func<string, List<string>> analyze)
    {
        var stems = analyze(words);
        return stems.Count > 0 && question.Terms.Any(t => t.Role == TermRole.Name && t.Word.Contains(' ')
            && t.Word.Split(' ') is var parts && stems.All(s => parts.Any(p => analyze(p).Contains(s))));
    }

    /// <summary>
    /// "Where did Moon speak in Pyongyang?": the answer lies inside the town named, so another town, or any country, is
    /// no answer ("the first leader from Seoul to address ..."); inside a country named, no country is.
    /// </summary>
    private static bool NoFinerThan(PlaceKind? within, PlaceKind kind) => within switch
    {
        PlaceKind.City => kind is PlaceKind.City or PlaceKind.Capital or PlaceKind.Region or PlaceKind.Country or PlaceKind.Continent,
        PlaceKind.Country => kind is PlaceKind.Country or PlaceKind.Continent,
        _ => false,
    };

    /// <summary>Whether the sentence itself calls the place a capital ("the Vietnamese capital", "Pyongyang, the capital").</summary>
    private static bool CalledCapital(string text, Annotation place)
    {
        var from = Math.Max(0, place.Start - 25);
        var to = Math.Min(text.Length, place.End + 25);
        return text[from..to].Contains("capital", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"at the Capella hotel on Sentosa, ... off Singapore": where something happened is best said by its most specific place.</summary>
    private static double Specificity(PlaceKind kind) => kind switch
    {
        PlaceKind.Venue => 1.0,
        PlaceKind.Village or PlaceKind.Island or PlaceKind.City or PlaceKind.Capital or PlaceKind.Unknown => 0.95,
        PlaceKind.Region or PlaceKind.Water => 0.85,
        PlaceKind.Country => 0.85,
        _ => 0.75,
    };

    /// <summary>How well a place of <paramref name="kind"/> answers a question asking for <paramref name="wanted"/>.</summary>
    internal static double Fit(PlaceKind? wanted, PlaceKind kind) => wanted switch
    {
        null => kind is PlaceKind.Continent or PlaceKind.Water or PlaceKind.Region ? 0.7 : 1.0,
        PlaceKind.City when kind is PlaceKind.City or PlaceKind.Capital => 1.0,
        PlaceKind.Capital when kind is PlaceKind.Capital => 1.0,
        PlaceKind.Capital when kind is PlaceKind.City => 0.5,
        PlaceKind.Venue when kind is PlaceKind.Venue => 1.0,
        PlaceKind.Venue when kind is PlaceKind.Island or PlaceKind.Village => 0.6,
        PlaceKind.Country when kind is PlaceKind.Country => 1.0,
        var w when w == kind => 1.0,
        _ when kind == PlaceKind.Unknown => 0.5,
        _ => 0.15,
    };

    /// <summary>
    /// How much the word before a place (past "the") says it is where something happened: "in", "at" most; "to", "from"
    /// less; "with", "for" little. Asked where someone went, "to" says it best: "flew to Seoul ... to brief Moon over
    /// dinner at the Blue House" went to Seoul; the Blue House is where the dinner was. The place's kind is given
    /// (<c>deedsPlace</c>) when the sentence tells the asked deed before it, else null.
    /// </summary>
    private static double Preposition(string text, int start, bool whereTo, bool whereFrom, PlaceKind? deedsPlace)
    {
        // The words before the place, last first (split at spaces and commas), read in place: this runs for every place
        // of every passage, and splitting the whole text before it allocated more than the rest of the extractor.
        var end = start;
        ReadOnlySpan<char> word;
        do
        {
            word = Spans.PreviousWord(text, ref end);
        }
        while (!word.IsEmpty && IsSkippedBeforePlace(word));

        // "off the coast of Oga", "on the outskirts of Seoul": the edge of a place is where its preposition says.
        if (word.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            var before = end;
            var noun = Spans.PreviousWord(text, ref before).ToString().ToLowerInvariant();
            if (Edges.Contains(noun) || (whereFrom && PlaceWords.TryKind(noun, out _) && noun != "country"))
            {
                // Asked where from, "from near the eastern port city of Wonsan": a kind of place naming the one after "of"
                // is that place, so the preposition that counts is the one before the kind and the words describing it.
                end = before;
                var read = 0;
                do
                {
                    word = Spans.PreviousWord(text, ref end);
                }
                while (!word.IsEmpty && read++ < 4 && (IsSkippedBeforePlace(word) || DescribesPlace(word)));
            }
            else if (deedsPlace is { } placeKind && PlaceWords.TryKind(noun, out var nounKind) && noun != "country" && Fit(nounKind, placeKind) >= 1.0
                && KindsPreposition(text, before, out var at) is { } found)
            {
                // Asked where the deed the sentence told before was done, "landed at a field outside the port city of
                // Haeju": the same, when the kind's own preposition is found, and the kind is the place's own ("the
                // city of Haeju" is Haeju; "the port of Haeju" is a place within it, which "at" does not put the deed in).
                word = found;
                end = at;
            }
        }

        // "fired from near Wonsan": where it came from is said by "from", whatever narrows the place after it.
        if (word.Equals("near", StringComparison.OrdinalIgnoreCase) || word.Equals("outside", StringComparison.OrdinalIgnoreCase))
        {
            var before = end;
            if (Spans.PreviousWord(text, ref before).Equals("from", StringComparison.OrdinalIgnoreCase))
            {
                word = "from";
            }
        }

        return word.IsEmpty ? 0.6 : PrepositionWeight(word.ToString().ToLowerInvariant(), whereTo, whereFrom);
    }

    /// <summary>
    /// Lower-case words of a kind of place's description ("port", "eastern", "fishing"): not a preposition. A compound
    /// ("east-coast", "well-known") describes when each of its parts does.
    /// </summary>
    private static bool DescribesPlace(ReadOnlySpan<char> word) =>
        word.Contains('-') ? word.ToString().Split('-') is var parts && parts.All(p => p.Length > 0 && DescribesPlace(p))
        : word.Length > 0 && char.IsLower(word[0]) && !CommonWords.IsFunctionWord(word.ToString())
        && (PlaceWords.TryKind(word.ToString(), out _) || WordRelations.Default.IsAdjective(word.ToString()) || WordRelations.Default.IsNounForm(word.ToString()));

    /// <summary>
    /// "outside the North Korean port city of": the preposition before a kind of place (ending at <paramref name="from"/>)
    /// and the words describing it, a people's adjective among them; null when none is found, or when it opens an aside
    /// of another place: "Villa Elfvik Strand, a centre on the island of Lidingo", "launched from the Hodo peninsula,
    /// near the port city of Wonsan" say where the place before the comma lies, not where the deed was done. <paramref name="at"/>:
    /// where the preposition starts.
    /// </summary>
    private static string? KindsPreposition(string text, int from, out int at)
    {
        var end = from;
        var read = 0;
        ReadOnlySpan<char> word;
        do
        {
            word = Spans.PreviousWord(text, ref end);
        }
        while (!word.IsEmpty && read++ < 5 && !CommonWords.IsPreposition(word.ToString().ToLowerInvariant()) && (IsSkippedBeforePlace(word) || DescribesPlace(word) || IsProperWord(word)));

        var preposition = word.ToString().ToLowerInvariant();
        at = end;
        return CommonWords.IsPreposition(preposition) && !OpensAside(text, end) && !text.AsSpan(0, end).TrimEnd().EndsWith(",") ? preposition : null;
    }

    /// <summary>"the North Korean port city": a capitalised word describing a kind of place (a people's or a place's name).</summary>
    private static bool IsProperWord(ReadOnlySpan<char> word) => word.Length > 1 && char.IsUpper(word[0]) && char.IsLetter(word[^1]);

    /// <summary>How far back a comma may stand and still open the aside a preposition is in (", a secluded centre on").</summary>
    private const int AsideReach = 50;

    /// <summary>
    /// "Villa Elfvik Strand, a secluded centre on the island of ...": whether the words from the last comma before
    /// <paramref name="at"/> up to it open with "a" or "an", an aside that describes the thing named before the comma.
    /// </summary>
    private static bool OpensAside(string text, int at)
    {
        var from = Math.Max(0, at - AsideReach);
        var comma = text.LastIndexOf(',', Math.Max(0, at - 1), Math.Max(0, at - from));
        if (comma < 0 || text.AsSpan(comma, at - comma).IndexOfAny(".;") >= 0)
        {
            return false;
        }

        var opening = text.AsSpan(comma + 1).TrimStart();
        return opening.StartsWith("a ", StringComparison.Ordinal) || opening.StartsWith("an ", StringComparison.Ordinal);
    }

    /// <summary>Nouns of a place's edge or waters, read through to the preposition before them ("off the coast of").</summary>
    private static readonly HashSet<string> Edges = new(StringComparer.Ordinal) { "coast", "coasts", "shore", "shores", "waters", "outskirts", "edge" };

    /// <summary>Articles, possessives and compass adjectives between a preposition and its place ("in the northern ...", "at his ... resort").</summary>
    private static bool IsSkippedBeforePlace(ReadOnlySpan<char> word) =>
        word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)
        || word.Equals("his", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase) || word.Equals("its", StringComparison.OrdinalIgnoreCase)
        || word.Equals("their", StringComparison.OrdinalIgnoreCase) || IsPossessive(word)
        || word.Equals("central", StringComparison.OrdinalIgnoreCase) || word.Equals("northern", StringComparison.OrdinalIgnoreCase) || word.Equals("southern", StringComparison.OrdinalIgnoreCase)
        || word.Equals("eastern", StringComparison.OrdinalIgnoreCase) || word.Equals("western", StringComparison.OrdinalIgnoreCase);

    /// <summary>"at Pyongyang's Sunan airport", "in the country's north": a possessor between the preposition and its place.</summary>
    private static bool IsPossessive(ReadOnlySpan<char> word) => word.EndsWith("'s") || word.EndsWith("\u2019s");

    private static double PrepositionWeight(string word, bool whereTo, bool whereFrom) =>
        word switch
        {
            "in" or "at" or "on" or "near" or "off" or "outside" or "inside" or "within" or "across" => whereTo || whereFrom ? 0.8 : 1.0,
            "to" or "into" or "toward" or "towards" when whereTo => 1.0,
            "from" when whereFrom => 1.0,
            "to" or "from" or "into" or "via" or "through" or "toward" or "towards" => 0.8,
            "of" => 0.6,
            "with" or "for" or "by" or "between" or "against" or "and" => 0.35,
            _ => 0.55,
        };

    /// <summary>
    /// "Ola Berg, a ferry dealer from Bodø": a place after "from" in a person's title is where the person comes from, not
    /// the place of an office ("ambassador to Egypt", "governor of Jeju"), which a place in a title is taken for.
    /// </summary>
    private static bool HomeInTitle(string text, int placeStart) =>
        text.AsSpan(0, placeStart).TrimEnd().EndsWith(" from", StringComparison.Ordinal);
}
