using SummitBot.Language;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Questions;

/// <summary>
/// Spells out a follow-up from what the conversation said before, so it can be read as a question of its own:
/// "and where?" after "When is the second summit?" is "where is the second summit?"; "what is his title?" after a
/// question about Kim Hyok Chol is "what is Kim Hyok Chol's title?"; "when will it take place?" puts back the topic;
/// "and the first one?" puts another ordinal into the last question.
/// </summary>
internal static class FollowUps
{
    private static readonly HashSet<string> WhWords = new(StringComparer.Ordinal) { "what", "which", "who", "whom", "where", "when", "why", "how" };

    /// <summary>Whether the question leans on the conversation: a pronoun, "and ...?", a bare question word, or "the first one".</summary>
    public static bool LeansOnContext(string text)
    {
        var words = Words(text);
        return words.Count > 0 && (OtherCurrency.FollowUp(words) is not null || Pronouns.IsPersonPronoun(words[0]) || words.Any(Pronouns.IsPersonPronoun) || IsElliptical(words) || IsFragment(words) || HasThingPronoun(words) || HasDemonstrative(words) || words.Contains("one") && words.Any(w => Language.Quantities.NumberWords.Ordinal(w) is not null));
    }

    /// <summary>
    /// "How long did that trip last?", "who paid for this visit?", "how much did those exports earn?": a demonstrative
    /// before a noun, after the question's auxiliary or a preposition, points back to what the conversation spoke of, as
    /// a pronoun would. "Those" and "these" stand before a plural, which WordNet knows only by its base form.
    /// </summary>
    private static bool HasDemonstrative(List<string> words)
    {
        var relations = Language.Relations.WordRelations.Default;
        for (var i = 1; i + 1 < words.Count; i++)
        {
            if (words[i] is "that" or "this" or "those" or "these" && (Auxiliaries.Contains(words[i - 1]) || CommonWords.IsPreposition(words[i - 1]))
                && !CommonWords.IsFunctionWord(words[i + 1])
                && (relations.IsNoun(words[i + 1]) || words[i] is "those" or "these" && relations.IsNounForm(words[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "At whose request?", "to brief whom?", "on what condition?": a phrase that opens with a preposition and asks with
    /// its question word, with no clause of its own (no auxiliary), finishes the last question; it is about the same
    /// event, not another article's "request" or "briefing".
    /// </summary>
    private static bool IsFragment(List<string> words) =>
        words.Count is >= 2 and <= 5 && FragmentOpeners.Contains(words[0])
        && words.Skip(1).Take(3).Any(w => WhWords.Contains(w) || w == "whose") && !words.Any(Auxiliaries.Contains);

    private static readonly HashSet<string> FragmentOpeners = new(StringComparer.Ordinal)
    {
        "to", "at", "on", "in", "with", "by", "for", "from", "of", "about", "under", "after", "before", "against", "into", "during", "since", "until",
    };

    /// <summary>
    /// "Who did Iwaya speak to by phone?" then "How long did it last?": a follow-up that names no one and nothing
    /// of its own has its subject only in the conversation, so it is answered from the article the last answer cited or
    /// not at all. Any other article's "call" or "venue" is another one: the dev set's wrong cited follow-ups were a news
    /// conference's length for a phone call's, a Hanoi offer for the Stockholm venue's. Names the conversation put in
    /// ("where did he go?" spelt "where did Kim Jong Un go?") are not the question's own: Kim went to many places, and
    /// the one asked about is where the last answer's article took him.
    /// </summary>
    public static QuestionReading Anchor(QuestionReading reading, FollowUpContext context, string asked)
    {
        // Only a question that leans on the conversation (a pronoun, an ellipsis): in a long conversation a new question
        // that names nothing ("when is the second summit?") is its own question, answerable from any source.
        if (context.SourceId is not { } source || !(LeansOnContext(asked) || RefersBack(reading, asked, context.Question) || RefersToPlaceAnswered(asked, context)))
        {
            return reading;
        }

        var own = Words(asked).ToHashSet(StringComparer.Ordinal);
        var names = reading.Terms.Where(t => t.Role == TermRole.Name).Select(t => t.Word.ToLowerInvariant())
            .Concat(reading.People.SelectMany(p => Words(p.Words)));
        if (names.Any(own.Contains) && !Unresolved(reading.Text))
        {
            return reading;
        }

        // "those exports" points at what the cited sentence told of; "to brief whom?" only finishes the last question,
        // whose answer that sentence gave, and is no reason to prefer it again.
        // "why so short?" asks about the last answer itself, told by the sentence it cited.
        var words = Words(asked);
        return reading with { Anchor = source, Recalled = HasDemonstrative(words) || IsOfDegree(words) || NamesNothing(reading) ? context.Cited : null };
    }

    /// <summary>
    /// "Who did the Hawks beat? ... and what was the score?": a follow-up asking a score, left with no word a passage must
    /// have and no one named, asks about the match the last answer's sentence told of, and only that sentence can answer
    /// it. Other questions that name nothing are left as they were: held to the article, "who will finish it?" and "how
    /// long from there?" were answered by the cited sentence's other person or length.
    /// </summary>
    internal static bool NamesNothing(QuestionReading reading) => reading.AsksScore && reading.Terms.Count == 0 && reading.People.Count == 0;

    /// <summary>The sentence the last answer cited when the question names nothing and only that sentence may answer it (<see cref="NamesNothing"/>); else null.</summary>
    internal static string? OnlyFrom(QuestionReading reading) => NamesNothing(reading) ? reading.Recalled : null;

    /// <summary>
    /// "Who did Iwaya speak to by phone?" then "How long did the call last?": "the" before a thing the last question
    /// spoke of (the call, in other words) points back to it as a pronoun would, when the follow-up names nothing else
    /// (no one, no number, no "second" summit) to set it apart from the thing before.
    /// </summary>
    private static bool RefersBack(QuestionReading reading, string asked, string? previous)
    {
        if (previous is null || reading.People.Count > 0 || reading.Terms.Any(t => t.Role is TermRole.Name or TermRole.Number or TermRole.Ordinal))
        {
            return false;
        }

        var before = Words(previous);
        var words = Words(asked);
        return words.Zip(words.Skip(1)).Any(p => p.First == "the" && reading.Terms.Any(t => t.Role is TermRole.Content or TermRole.Event
            && p.Second.StartsWith(t.Stem, StringComparison.Ordinal)
            && before.Any(w => w.StartsWith(t.Stem, StringComparison.Ordinal) || t.Related.Any(r => w.StartsWith(r, StringComparison.Ordinal)))));
    }

    /// <summary>
    /// "Where were the Stockholm talks held?" then "Who offered the venue?": "the venue" (a place, city, hotel ...) after a
    /// question answered with a place is that place, so the follow-up is about the last answer's article. Answered from
    /// any article, another venue's "offered" was taken (Kim's offer in Hanoi).
    /// </summary>
    internal static bool RefersToPlaceAnswered(string asked, FollowUpContext context)
    {
        if (!Enum.TryParse<AnswerType>(context.Asks, out var last) || last != AnswerType.Place)
        {
            return false;
        }

        var words = Words(asked);
        return words.Zip(words.Skip(1)).Any(p => p.First == "the" && (PlaceWords.AnyPlace.Contains(p.Second) || PlaceWords.Kinds.ContainsKey(p.Second)));
    }

    public static string Rewrite(string text, FollowUpContext context)
    {
        if (context.Question is null && context.Person is null)
        {
            // A first question has nothing to refer back to: most are, so they are not tokenized for it.
            return text;
        }

        var words = Words(text);
        if (words.Count == 0)
        {
            return text;
        }

        if (context.Question is { } sum && OtherCurrency.FollowUp(words) is { } currency)
        {
            // "What's that in dollars?": the last question, asked in that currency.
            return $"{sum.TrimEnd('?', '.', ' ')} in {currency}?";
        }

        if (context.Question is { } last && IsElliptical(words) && !AsksAnew(words, last))
        {
            return Elliptical(text, words, last, context.Person);
        }

        if (context.Question is { } before && AsksOfSameDoing(words) && Restated(words[0], before) is { } restated)
        {
            return restated;
        }

        var rewritten = words[0] is "and" or "also" or "so" ? text[(text.IndexOf(' ', StringComparison.Ordinal) + 1)..] : text;
        if (context.Person is { } person && !Names(text, person))
        {
            rewritten = ReplacePersonPronouns(rewritten, WithoutInitials(person));
        }

        if (context.Question is { } previous && HasThingPronoun(words) && RefersToAction(words, previous) && WithAction(rewritten, previous) is { } spelt)
        {
            return spelt;
        }

        return HasThingPronoun(words) ? ReplaceThings(rewritten, context) : rewritten;
    }

    /// <summary>"and where?", "when?", "why?", "what about the Singapore summit?", "and the first one?".</summary>
    private static bool IsElliptical(List<string> words)
    {
        var content = words.Where(w => !WhWords.Contains(w) && !QuestionWords.Frame.Contains(w) && w is not ("and" or "also" or "what" or "about" or "how" or "then" or "so" or "ok" or "the" or "one")).ToList();
        return words[0] is "and" or "also" or "so" && content.Count <= 1 && !words.Any(w => Pronouns.IsPersonPronoun(w) || w is "they" or "them" or "it")
            || IsAbout(words)
            || (words.Count <= 2 && WhWords.Contains(words[0]))
            || IsForHow(words)
            || IsOfDegree(words);
    }

    /// <summary>
    /// "why so short?", "and why so late?", "why such a delay?": a question word and "so" or "such" before one word, with
    /// no verb, asks about the last answer as it was (the talks that short); it is "why?" of the last question, not a
    /// question about any other sentence's "short".
    /// </summary>
    private static bool IsOfDegree(List<string> words)
    {
        var at = words.Count > 0 && words[0] is "and" or "so" ? 1 : 0;
        if (words.Count - at < 3 || !WhWords.Contains(words[at]) || words[at + 1] is not ("so" or "such"))
        {
            return false;
        }

        var rest = words.Skip(at + 2).Where(w => w is not ("a" or "an")).ToList();
        return rest.Count == 1 && !CommonWords.IsFunctionWord(rest[0]) && !Auxiliaries.Contains(rest[0]);
    }

    /// <summary>Words of a follow-up that only point back at what the last question asked about: "where did he go?", "where was he at the time?".</summary>
    private static readonly HashSet<string> PointingBack = new(StringComparer.Ordinal)
    {
        "he", "she", "they", "go", "goes", "went", "gone", "be", "at", "the", "time", "then", "and", "so",
    };

    /// <summary>
    /// "When did Kim make his first foreign trip as leader?" then "Where did he go?": a where or when with only a
    /// pronoun and a verb of going or being asks of the same doing. Spelt "where did Kim Jong Un go?", any place Kim
    /// went answered; the trip asked about is the last question's.
    /// </summary>
    private static bool AsksOfSameDoing(List<string> words) =>
        words.Count >= 3 && words[0] is "where" or "when" && words.Any(w => w is "he" or "she" or "they")
        && words.Skip(1).All(w => PointingBack.Contains(w) || Auxiliaries.Contains(w));

    /// <summary>
    /// The last question asked anew with <paramref name="wh"/>: "when did Kim make his first foreign trip?" → "where did
    /// Kim make his first foreign trip?". Only a question that asks when, where or why something was done (its subject
    /// is in its clause); null for one that asks who or what, or asks with the same word, and for where after one that
    /// names a place ("when did Biegun arrive in Hanoi?" then "where did he go?": where he went from there, or Hanoi).
    /// </summary>
    private static string? Restated(string wh, string last)
    {
        var tokens = Tokenizer.Tokenize(last);
        if (tokens.Count < 4 || tokens[0].Text.ToLowerInvariant() is not ("when" or "where" or "why") || tokens[0].Is(wh)
            || !Auxiliaries.Contains(tokens[1].Text.ToLowerInvariant())
            || (wh == "where" && Enumerable.Range(2, tokens.Count - 2).Any(i => Referents.PlaceAt(tokens, i) is not null)))
        {
            return null;
        }

        var end = tokens.FindLastIndex(t => t.IsWord || t.Kind == TokenKind.Number);
        return end <= 2 ? null : wh + " " + last[tokens[1].Start..tokens[end].End] + "?";
    }

    /// <summary>"For how long?": "how long?" with the "for" of lasting before it, which a bare question word has not.</summary>
    private static bool IsForHow(List<string> words) =>
        words.Count == 3 && words[0] == "for" && words[1] == "how" && words[2] == "long";

    /// <summary>
    /// "and how many points does their statement have?" after "how long did they talk?": a question word, its own
    /// auxiliary and a thing the last question did not mention make a question of its own. Spelt out as an ellipsis it
    /// would become "how many did they talk?" and be answered with a number of something else ("two men").
    /// </summary>
    private static bool AsksAnew(List<string> words, string last)
    {
        var lastWords = Words(last).ToHashSet(StringComparer.Ordinal);
        var content = words.Where(w => !WhWords.Contains(w) && !QuestionWords.Frame.Contains(w) && !CommonWords.IsFunctionWord(w) && w is not ("and" or "also" or "so" or "then")).ToList();
        return words.Any(WhWords.Contains) && words.Skip(1).Any(w => Auxiliaries.Contains(w)) && content.Count > 0 && content.Any(w => !lastWords.Contains(w));
    }

    /// <summary>"what about X?", "how about X?", "and X?" (no question word, no verb): the last question, about X instead.</summary>
    private static bool IsAbout(List<string> words) =>
        (words.Count >= 2 && words[0] is "what" or "how" && words[1] == "about")
        || (words.Count >= 2 && words[0] is "and" or "also" && !words.Any(WhWords.Contains) && !words.Any(w => Pronouns.IsPersonPronoun(w) || w is "they" or "them" or "it")
            && !words.Skip(1).Any(w => QuestionWords.Frame.Contains(w) && w is "is" or "was" or "are" or "were" or "did" or "does" or "do" or "will" or "has" or "have"));

    private static string Elliptical(string text, List<string> words, string last, string? person)
    {
        var lastWords = Tokenizer.Tokenize(last).Where(t => t.IsWord || t.Kind == TokenKind.Number).Select(t => t.Text).ToList();
        var lastWh = lastWords.FindIndex(w => WhWords.Contains(w.ToLowerInvariant()));
        var rest = lastWh < 0 ? lastWords : lastWords.Skip(lastWh + 1).ToList();
        // "What for?" asks the purpose, as "why?" does; read as "what", it took the last question's answer kind's
        // clause ("what was Putin going after the summit?" answered with where the summit was).
        var newWh = AsksWhatFor(words) ? "why" : words.FirstOrDefault(WhWords.Contains);

        // "and the first one?": another ordinal in the last question.
        var ordinal = words.FirstOrDefault(w => Language.Quantities.NumberWords.Ordinal(w) is not null);
        if (ordinal is not null && (newWh is null || newWh == "what" && words.Contains("about")))
        {
            var replaced = lastWords.Select(w => Language.Quantities.NumberWords.Ordinal(w) is not null ? ordinal : w).ToList();
            return string.Join(' ', replaced) + "?";
        }

        // "what about the Singapore summit?", "and Pompeo?", "and in 2016?": the last question, about something else.
        if (IsAbout(words))
        {
            var skip = words[0] is "and" or "also" ? 1 : 2;
            var about = string.Join(' ', Tokenizer.Tokenize(text).Where(t => t.IsWord || t.Kind == TokenKind.Number).Skip(skip).Select(t => t.Text));
            if (Substituted(last, about, person) is { } instead)
            {
                return instead;
            }

            // "and before the change?" joins the whole last question. One of a preposition the last question has ("and
            // in the west?" after "... banned in the east?") is set against that phrase, and is asked with the question
            // word alone, so its own words decide between the two values a sentence gives.
            if (words.Count - skip > 1 && (FragmentOpeners.Contains(words[skip]) || CommonWords.IsPreposition(words[skip])) && lastWh >= 0
                && !Words(last).Contains(words[skip]))
            {
                return WithModifier(last, about);
            }

            var frame = lastWh < 0 ? [] : lastWords.Take(lastWh + 2);
            return string.Join(' ', frame.Append(about)) + "?";
        }

        if (OtherTime.Of(words, last) is { } retimed)
        {
            return retimed;
        }

        if (newWh is null)
        {
            return text;
        }

        // "which city will host the second summit?" → "and when?": the question word was its subject; ask of the event.
        if (lastWh >= 0 && SubjectAsked(lastWords, lastWh) && TopicOf(last) is { } topic && Words(topic).Any(EventWords.IsEventNoun))
        {
            return newWh + " is " + topic + "?";
        }

        // "how many"/"how long" keep their second word; "why" drops the kind words the last question had ("how many
        // missiles did ..." → "when did ...").
        var wh = newWh == "how" && words.IndexOf("how") + 1 < words.Count ? "how " + words[words.IndexOf("how") + 1] : newWh;

        // "and at what time?", "on which day?": the question word keeps its noun of time, which says what is asked.
        var next = words.IndexOf(newWh) + 1;
        if (newWh is "what" or "which" && next < words.Count && TimeNouns.Contains(words[next]))
        {
            wh = newWh + " " + words[next];
        }

        List<string> lastCounted = [];
        if (rest.Count > 0 && rest[0].ToLowerInvariant() is "many" or "much")
        {
            var aux = rest.FindIndex(w => Auxiliaries.Contains(w.ToLowerInvariant()));
            lastCounted = aux > 1 ? rest[1..aux] : [];
            rest = aux > 0 ? rest.Skip(aux).ToList() : rest.Skip(1).ToList();
        }

        if (OwnCount(words) is { } own)
        {
            // "How many cyberattacks is the panel looking into, and in how many countries?": the second part counts
            // countries, not attacks, and where the attacks are; "how many is the panel looking into?" would take the
            // attacks' number for it. Its preposition keeps the last question's counted things as what it asks of.
            wh = own.Phrase;
            rest = own.Preposition ? [.. rest, .. lastCounted] : WithoutCountedSubject(rest, lastCounted);
        }

        while (rest.Count > 0 && (rest[0].ToLowerInvariant() is "long" or "far" or "soon" || Language.Words.PlaceWords.Kinds.ContainsKey(rest[0]) && lastWh >= 0 && lastWords[lastWh].Equals("which", StringComparison.OrdinalIgnoreCase)))
        {
            rest.RemoveAt(0);
        }

        return wh + " " + string.Join(' ', rest) + "?";
    }

    /// <summary>
    /// "When does the ferry sail now?" then "and before the timetable changed?" or "and after the storm?": a phrase opening
    /// with a preposition is no new subject but a condition on the same question, so it joins the whole question, in
    /// place of a closing "now" or "today" it stands against. Put after the question word ("when does before the
    /// change?"), it lost the question's verb and subject, and any sentence with a "change" and a date answered it.
    /// </summary>
    private static string WithModifier(string last, string modifier)
    {
        var tokens = Tokenizer.Tokenize(last).Where(t => t.IsWord || t.Kind == TokenKind.Number).ToList();
        var close = tokens.Count > 0 && NowWords.Contains(tokens[^1].Text.ToLowerInvariant()) ? tokens[^1].Start : last.TrimEnd('?', '.', ' ').Length;
        return last[..close].TrimEnd() + " " + modifier + "?";
    }

    private static readonly HashSet<string> NowWords = new(StringComparer.Ordinal) { "now", "today", "currently", "nowadays" };

    /// <summary>
    /// "How many soldiers marched in the parade?" then "and how many civilians?": with no auxiliary, the last question
    /// counted its subject ("soldiers"), which the follow-up's own counted things replace, up to the subject's verb.
    /// </summary>
    private static List<string> WithoutCountedSubject(List<string> rest, List<string> lastCounted)
    {
        if (lastCounted.Count > 0)
        {
            return rest;
        }

        var relations = Language.Relations.WordRelations.Default;
        var verb = rest.FindIndex(w => relations.IsPastForm(w.ToLowerInvariant()) || (relations.IsVerb(w.ToLowerInvariant()) && !relations.IsNounForm(w.ToLowerInvariant())));
        return verb > 0 ? rest.Skip(verb).ToList() : rest;
    }

    /// <summary>
    /// "and in how many countries?", "and how much money?": the things a "how many"/"how much" part counts by name, with
    /// the preposition it opens with; null when it names none ("and how many?").
    /// </summary>
    private static (string Phrase, bool Preposition)? OwnCount(List<string> words)
    {
        var how = words.IndexOf("how");
        if (how < 0 || how + 2 >= words.Count || words[how + 1] is not ("many" or "much"))
        {
            return null;
        }

        var counted = words.Skip(how + 2).TakeWhile(w => !Auxiliaries.Contains(w) && !CommonWords.IsFunctionWord(w)).ToList();
        if (counted.Count == 0 || how + 2 + counted.Count != words.Count)
        {
            return null;
        }

        var preposition = how > 0 && CommonWords.IsPreposition(words[how - 1]);
        var phrase = string.Join(' ', words.Skip(how).Take(2 + counted.Count));
        return (preposition ? words[how - 1] + " " + phrase : phrase, preposition);
    }

    /// <summary>
    /// Nouns of time after "what"/"which" that make it ask when: "at what time?", "on which day?", and the parts of a day
    /// ("on which night?", "which morning?"), which name a day as much as "day" does.
    /// </summary>
    private static readonly HashSet<string> TimeNouns = new(StringComparer.Ordinal) { "time", "hour", "day", "date", "month", "year", "night", "morning", "afternoon", "evening" };

    /// <summary>"what for?", "and what for?": the purpose of what the last question asked about.</summary>
    private static bool AsksWhatFor(List<string> words) =>
        words.Count >= 2 && words[^2] == "what" && words[^1] == "for" && (words.Count == 2 || words[0] is "and" or "so");

    /// <summary>Whether the question word (with its noun) is the subject: "which city will host ...", "who met ...".</summary>
    private static bool SubjectAsked(List<string> words, int wh)
    {
        var next = wh + 1;
        if (words[wh].ToLowerInvariant() is "which" or "what" && next < words.Count && !Auxiliaries.Contains(words[next].ToLowerInvariant()))
        {
            next++;
        }

        return next + 1 < words.Count && words[next].ToLowerInvariant() is "will" or "would" or "can" or "could"
            && !char.IsUpper(words[next + 1][0]) && !CommonWords.IsFunctionWord(words[next + 1].ToLowerInvariant());
    }

    /// <summary>
    /// The last question with <paramref name="about"/> in place of what it stands for there: a year for a year ("in
    /// 2016"), a person for the person ("Pompeo" for Biegun), an event for the event ("the Hanoi summit").
    /// </summary>
    private static string? Substituted(string last, string about, string? person)
    {
        var aboutTokens = Tokenizer.Tokenize(about);
        var lastTokens = Tokenizer.Tokenize(last);
        var year = aboutTokens.FindIndex(t => t.Kind == TokenKind.Number && t.Text.Length == 4);
        var lastYear = lastTokens.FindIndex(t => t.Kind == TokenKind.Number && t.Text.Length == 4);
        if (year >= 0 && lastYear >= 0)
        {
            return string.Concat(last.AsSpan(0, lastTokens[lastYear].Start), aboutTokens[year].Text, last.AsSpan(lastTokens[lastYear].End));
        }

        if (OtherTime.InPlaceOf(about, last) is { } retimed)
        {
            return retimed;
        }

        if (Words(about).Any(EventWords.IsEventNoun) && TopicOf(last) is { } topic && Words(topic).Any(EventWords.IsEventNoun))
        {
            var at = last.IndexOf(topic.StartsWith("the ", StringComparison.Ordinal) ? topic[4..] : topic, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                var start = at >= 4 && last.AsSpan(at - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase) ? at - 4 : at;
                var end = at + (topic.StartsWith("the ", StringComparison.Ordinal) ? topic.Length - 4 : topic.Length);
                return string.Concat(last.AsSpan(0, start), about.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? about : "the " + about, last.AsSpan(end));
            }
        }

        // "How much did Singapore spend on the summit?" → "and Vietnam?": a place for the place, so the question keeps
        // its verb ("how much did Vietnam spend on the summit?") instead of becoming "how much Vietnam?", which any
        // sentence naming Vietnam would seem to answer.
        if (Referents.PlaceAt(aboutTokens, 0) is int aboutLength && aboutLength == aboutTokens.Count(t => t.IsWord))
        {
            for (var i = 0; i < lastTokens.Count; i++)
            {
                if (Referents.PlaceAt(lastTokens, i) is int length)
                {
                    return string.Concat(last.AsSpan(0, lastTokens[i].Start), about, last.AsSpan(lastTokens[i + length - 1].End));
                }
            }
        }

        if (person is not null && aboutTokens.Count > 0 && aboutTokens.All(t => t.IsCapitalized || !t.IsWord))
        {
            // The run of the last question's words that name the person ("Biegun", "Stephen Biegun").
            var names = person.Split(' ').ToHashSet(StringComparer.OrdinalIgnoreCase);
            var first = lastTokens.FindIndex(t => t.IsCapitalized && names.Contains(QuestionReader.Plain(t.Text)));
            if (first >= 0)
            {
                var end = first;
                while (end + 1 < lastTokens.Count && names.Contains(lastTokens[end + 1].Text))
                {
                    end++;
                }

                return string.Concat(last.AsSpan(0, lastTokens[first].Start), about, last.AsSpan(lastTokens[end].End));
            }
        }

        return null;
    }

    /// <summary>
    /// "Donald Trump" for "Donald J. Trump": sources seldom write the initial, and spelt into a follow-up it became a name
    /// of the question no passage has ("they don't mention J.").
    /// </summary>
    private static string WithoutInitials(string person) =>
        string.Join(' ', person.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.TrimEnd('.').Length > 1));

    /// <summary>
    /// A person pronoun still there after spelling out, before any name ("how long did he and Pompeo talk?"), is
    /// someone of the conversation: the follow-up is about the last answer's article even though it names someone of its
    /// own. One after a name ("where did Trump give his news conference?") is that name's.
    /// </summary>
    /// <summary>
    /// "Where did he say it?" when the conversation has no one "he" can be (the last question named no one, or asked who
    /// and was declined) and the question names no one either: whoever is asked about is unknown, so any answer would
    /// be about someone else. Spelt without its subject, it was answered by a fact about the summit it mentioned.
    /// </summary>
    /// (So too when the pronoun comes before the names the question gives: "How is she related to Kim Jong Un?" after a
    /// declined "Who warned ...?" asks about someone the conversation never named.)
    /// (So too for a fragment, "on what condition?", when the conversation has no answer it could finish.)
    internal static bool NoOneToReferTo(QuestionReading reading, FollowUpContext context) =>
        context.Person is null && context.PersonId is null
        && (reading.People.Count == 0 ? SaidWords.Outside(reading.Text, reading.Type).Any(Pronouns.IsPersonPronoun) && !PronounOfTheAsked.Binds(reading) : PronounBeforeNames(reading))
        || context.SourceId is null && context.FactId is null && IsFragment(Words(reading.Text));

    /// <summary>
    /// "Why that way?" after a question that was declined: it asks the reason of the last answer, and with none there
    /// is nothing it can ask of. Spelt out with the declined question's words, it would find a reason for something else.
    /// </summary>
    internal static bool WhyOfNoAnswer(string asked, FollowUpContext context) =>
        context.SourceId is null && context.FactId is null && IsBareWhy(Words(asked));

    /// <summary>Words a bare "why" follow-up may have besides "why": "why that way?", "why so?", "why not?", "why is that?".</summary>
    private static readonly HashSet<string> BareWhyWords = new(StringComparer.Ordinal) { "that", "this", "so", "not", "then", "way", "is", "was", "it" };

    /// <summary>"why", "why that way", "why not", "why is that": a reason asked of the last answer alone.</summary>
    private static bool IsBareWhy(List<string> words) =>
        words.Count is >= 1 and <= 4 && words[0] == "why" && words.Skip(1).All(BareWhyWords.Contains);

    /// <summary>Whether a person pronoun of the question comes before every name of a person it gives, in any case.</summary>
    private static bool PronounBeforeNames(QuestionReading reading)
    {
        var words = SaidWords.Outside(reading.Text, reading.Type);
        var pronoun = words.FindIndex(Pronouns.IsPersonPronoun);
        var named = reading.People.SelectMany(p => p.Words.Split(' ')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return pronoun >= 0 && !words.Take(pronoun).Any(named.Contains);
    }

    internal static bool Unresolved(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var pronoun = tokens.FindIndex(t => t.IsWord && Pronouns.IsPersonPronoun(t.Text));
        return pronoun >= 0 && !tokens.Take(pronoun).Skip(1).Any(t => t.IsCapitalized);
    }

    /// <summary>
    /// "How long did he and Pompeo talk?" after an answer that was Pompeo: "he" is someone else than the person the
    /// follow-up names itself, so it is not that person; spelt "Mike Pompeo and Pompeo" it was answered about Pompeo
    /// alone. The pronoun is left as it is (the follow-up stays held to the last answer's article).
    /// </summary>
    private static bool Names(string text, string person)
    {
        var names = person.Split(' ').Select(w => QuestionReader.Plain(w).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return Tokenizer.Tokenize(text).Skip(1).Any(t => t.IsCapitalized && names.Contains(QuestionReader.Plain(t.Text).ToLowerInvariant()));
    }

    /// <summary>"his title" → "Kim Hyok Chol's title"; "where did he go" → "where did Kim Hyok Chol go".</summary>
    private static string ReplacePersonPronouns(string text, string person)
    {
        var tokens = Tokenizer.Tokenize(text);
        var result = new System.Text.StringBuilder();
        var copied = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text.ToLowerInvariant();
            if (!Pronouns.IsPersonPronoun(word))
            {
                continue;
            }

            var possessive = word is "his" or "hers" || (word == "her" && i + 1 < tokens.Count && tokens[i + 1].IsWord && !CommonWords.IsFunctionWord(tokens[i + 1].Text));
            result.Append(text, copied, tokens[i].Start - copied).Append(possessive ? person + "'s" : person);
            copied = tokens[i].End;
        }

        return copied == 0 ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    private static bool HasThingPronoun(List<string> words) =>
        words.Any(w => w is "it" or "there" or "this" or "that" or "they" or "them") && !words.Where((w, i) => EventWords.IsEventNoun(w) && !AfterSubject(words, i)).Any();

    /// <summary>"How long did they talk?": a word that could name an event is its verb right after a pronoun subject.</summary>
    private static bool AfterSubject(List<string> words, int i) => i > 0 && words[i - 1] is "they" or "we" or "i" or "you";

    /// <summary>Auxiliaries that open a question's clause ("did" in "how did Kim get to Hanoi?").</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "did", "does", "do", "is", "was", "are", "were", "will", "would", "has", "have", "had", "can", "could",
    };

    /// <summary>Verbs that say nothing of their own after "that" ("how long did that take?"): the earlier question's action is meant.</summary>
    private static readonly HashSet<string> EmptyVerbs = new(StringComparer.Ordinal)
    {
        "take", "took", "last", "lasted", "happen", "happened", "cost", "costs",
    };

    /// <summary>
    /// "that"/"this" after a question about something done ("How did Kim get to Hanoi?" → "How long did that take?"), or
    /// "it" with a verb that says nothing of its own: the pronoun stands for the action, not a thing the question named.
    /// </summary>
    private static bool RefersToAction(List<string> words, string previous) =>
        !Words(previous).Any(EventWords.IsEventNoun) && !NewLeg(words)
        && (words.Any(w => w is "that" or "this") || words.Contains("it") && words.Any(EmptyVerbs.Contains));

    /// <summary>
    /// "How long did the ferry to Nordby take?" then "and how long did it take from there to the lighthouse?": a route
    /// of its own after "take" or "last" (from a start) asks of another leg, so "it" is the "it" of "it took an hour to
    /// get there", standing for nothing; "there" is still the last question's place, where the new leg starts. Only
    /// "from" right after the verb and a "to" after it: "which base did it take off from?" is a phrasal verb of the same
    /// thing, with no route of its own.
    /// </summary>
    private static bool NewLeg(List<string> words)
    {
        var verb = words.FindIndex(w => w is "take" or "took" or "last" or "lasted");
        return verb > 0 && words.Contains("it") && verb + 1 < words.Count && words[verb + 1] == "from" && words.Skip(verb + 2).Contains("to");
    }

    /// <summary>"How long did that take?" after "How did Kim get from Dong Dang to Hanoi?" → "How long did Kim get from Dong Dang to Hanoi?".</summary>
    private static string? WithAction(string text, string previous)
    {
        var clause = Clause(previous);
        var tokens = Tokenizer.Tokenize(text);
        var pronoun = tokens.FindIndex(t => t.Text.ToLowerInvariant() is "that" or "this" or "it");
        if (clause is null || pronoun < 1)
        {
            return null;
        }

        var rest = tokens.Skip(pronoun + 1).Where(t => t.IsWord && !EmptyVerbs.Contains(t.Text.ToLowerInvariant())).Select(t => t.Text);
        return string.Join(' ', new[] { text[..tokens[pronoun].Start].TrimEnd(), clause }.Concat(rest)) + "?";
    }

    /// <summary>A question's clause without its question word and auxiliary ("how did Kim get to Hanoi?" → "Kim get to Hanoi").</summary>
    private static string? Clause(string question)
    {
        var tokens = Tokenizer.Tokenize(question);
        var aux = tokens.FindIndex(t => Auxiliaries.Contains(t.Text.ToLowerInvariant()));

        // "Who is Kim Jong Un?" says who someone is, not something done.
        if (aux < 0 || aux > 2 || aux + 2 >= tokens.Count || tokens[aux].Text.ToLowerInvariant() is "is" or "was" or "are" or "were")
        {
            return null;
        }

        var end = tokens.FindLastIndex(t => t.IsWord || t.Kind == TokenKind.Number);
        return end <= aux ? null : question[tokens[aux + 1].Start..tokens[end].End];
    }

    /// <summary>
    /// "when will it take place?" → "when will the second summit take place?"; "what did they discuss there?" → "what did
    /// Kim and Putin discuss in Russky Island?": the first thing pronoun and a "there", each by what it can stand for
    /// (<see cref="Referents"/>); one with nothing of its kind to stand for stays.
    /// </summary>
    private static string ReplaceThings(string text, FollowUpContext context)
    {
        var tokens = Tokenizer.Tokenize(text);
        var thing = tokens.FindIndex(t => t.Text.ToLowerInvariant() is "it" or "this" or "that" or "they" or "them");
        var there = tokens.FindIndex(t => t.Is("there") && !IsExistential(tokens, tokens.IndexOf(t)));
        var replacements = new List<(Token Token, string? Referent)>();
        if (thing >= 0 && !NewLeg(Words(text)))
        {
            replacements.Add((tokens[thing], tokens[thing].Text.ToLowerInvariant() is "they" or "them" ? Referents.They(context) : Referents.It(context)));
        }

        if (there >= 0)
        {
            var afterPreposition = there > 0 && tokens[there - 1].Text.ToLowerInvariant() is "from" or "to" or "near";
            replacements.Add((tokens[there], afterPreposition ? Referents.ThereAfterPreposition(context) : Referents.There(context)));
        }

        foreach (var (token, referent) in replacements.Where(r => r.Referent is not null).OrderByDescending(r => r.Token.Start))
        {
            text = string.Concat(text.AsSpan(0, token.Start), referent, text.AsSpan(token.End));
        }

        return text;
    }

    /// <summary>"Was there a lunch?", "there were no talks": "there" that says something exists, not where.</summary>
    private static bool IsExistential(List<Token> tokens, int at)
    {
        var next = at + 1 < tokens.Count && tokens[at + 1].IsWord ? tokens[at + 1].Text.ToLowerInvariant() : null;
        var before = at > 0 ? tokens[at - 1].Text.ToLowerInvariant() : null;
        return next is "is" or "are" or "was" or "were" or "will" or "be" or "has" or "have" or "had" or "been"
            || before is "is" or "are" or "was" or "were" or "be" && next is not null;
    }

    /// <summary>
    /// "What deadline has Kim set?": the thing the question asks about by name ("the deadline") is what "it" stands for
    /// next ("when did he set it?"). Not a kind of answer ("which city", "what date"): "it" after those is the event.
    /// </summary>
    private static string? AskedThing(string question, List<Token> tokens)
    {
        if (tokens.Count >= 4 && tokens[0].Is("how") && tokens[1].Text.ToLowerInvariant() is "many" or "much")
        {
            return Counted(question, tokens);
        }

        if (tokens.Count < 3 || tokens[0].Text.ToLowerInvariant() is not ("what" or "which"))
        {
            return null;
        }

        var end = 1;
        while (end < tokens.Count && tokens[end].IsWord && !tokens[end].IsCapitalized && !CommonWords.IsFunctionWord(tokens[end].Text)
            && !QuestionWords.Frame.Contains(tokens[end].Text.ToLowerInvariant()))
        {
            end++;
        }

        if (end == 1 || end >= tokens.Count || QuestionWords.Frame.Contains(tokens[end].Text.ToLowerInvariant()) is false
            || tokens.Skip(1).Take(end - 1).Any(t => QuestionWords.KindNouns.ContainsKey(t.Text.ToLowerInvariant()) || PlaceWords.Kinds.ContainsKey(t.Text) || EventWords.IsEventNoun(t.Text)))
        {
            return null;
        }

        return "the " + question[tokens[1].Start..tokens[end - 1].End];
    }

    /// <summary>"How many boxes came back?": "the boxes" are what "they" stands for next.</summary>
    private static string? Counted(string question, List<Token> tokens)
    {
        var relations = Language.Relations.WordRelations.Default;
        var end = 2;
        // "How many Americans ...": a people's name is counted as a noun ("the Americans"), not a name.
        while (end < tokens.Count && end < 5 && tokens[end].IsWord && (!tokens[end].IsCapitalized || (end == 2 && IsPeoplesName(tokens[end].Text))) && !CommonWords.IsFunctionWord(tokens[end].Text)
            && !QuestionWords.Frame.Contains(tokens[end].Text.ToLowerInvariant())
            && (relations.IsNoun(tokens[end].Text.ToLowerInvariant()) || !relations.IsVerb(tokens[end].Text.ToLowerInvariant()))
            && !(end > 2 && Language.Quantities.VerbForms.FollowsPlural(tokens[end - 1].Text, tokens[end].Text)))
        {
            end++;
        }

        return end == 2 ? null : "the " + question[tokens[2].Start..tokens[end - 1].End];
    }

    /// <summary>"Americans", "Koreans": the plural of a nationality, a noun WordNet knows.</summary>
    private static bool IsPeoplesName(string word) =>
        word.EndsWith('s') && Language.World.Gazetteer.Default.Find(word[..^1]) is { Count: > 0 } places && places.Any(p => p.IsDemonym);

    private static List<string> Words(string text) =>
        [.. Tokenizer.Tokenize(text).Where(t => t.IsWord || t.Kind == TokenKind.Number).Select(t => QuestionReader.Plain(t.Text).ToLowerInvariant())];

    /// <summary>
    /// "Who paid for Lund's trip?": the event noun's possessor says whose trip it is, and the topic keeps it
    /// ("Lund's trip", not "the trip"). Without it, "how much did they spend?" after that question was declined (with
    /// no article to hold the follow-up to) was spelt "how much did the trip spend?" and answered with another
    /// traveller's costs from another article. The token the possessor's name starts at, or null: a pronoun or a
    /// question word ("whose") is no possessor.
    /// </summary>
    private static int? Possessor(List<Token> tokens, int start)
    {
        if (start < 2 || tokens[start - 1].Kind != TokenKind.Possessive || !tokens[start - 2].IsWord || IsNoName(tokens[start - 2].Text))
        {
            return null;
        }

        var owner = start - 2;
        while (owner > 0 && tokens[owner - 1].IsWord && tokens[owner - 1].IsCapitalized && !IsNoName(tokens[owner - 1].Text))
        {
            owner--;
        }

        return owner;
    }

    private static bool IsNoName(string word) =>
        CommonWords.IsFunctionWord(word) || QuestionWords.Asking.Contains(word.ToLowerInvariant()) || Pronouns.IsPersonPronoun(word) || Auxiliaries.Contains(word.ToLowerInvariant());

    /// <summary>What a question is about, to stand for "it" next: its event noun with what qualifies it ("the second summit"), else its last name.</summary>
    public static string? TopicOf(string question)
    {
        var tokens = Tokenizer.Tokenize(question);
        if (AskedThing(question, tokens) is { } asked)
        {
            return asked;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && EventWords.IsEventNoun(tokens[i].Text))
            {
                var start = i;
                while (start > 0 && (tokens[start - 1].IsWord || tokens[start - 1].Kind == TokenKind.Number || tokens[start - 1].Text == "-")
                    && !CommonWords.IsFunctionWord(tokens[start - 1].Text) || start > 0 && tokens[start - 1].Text.ToLowerInvariant() is "first" or "second" or "third" or "next" or "last")
                {
                    if (QuestionWords.Asking.Contains(tokens[start - 1].Text.ToLowerInvariant()))
                    {
                        break;
                    }

                    start--;
                }

                return Possessor(tokens, start) is int owner
                    ? question[tokens[owner].Start..tokens[i].End]
                    : "the " + question[tokens[start].Start..tokens[i].End];
            }
        }

        if (SubjectOfName(question, tokens) is { } owned)
        {
            return owned;
        }

        // "Resolution 2371", "the Panmunjom Declaration": the last name the question gives.
        for (var i = tokens.Count - 1; i > 0; i--)
        {
            if (tokens[i].IsCapitalized || (tokens[i].Kind == TokenKind.Number && i > 0 && tokens[i - 1].IsCapitalized))
            {
                var end = i;
                var start = i;
                while (start > 1 && (tokens[start - 1].IsCapitalized || tokens[start - 1].Kind == TokenKind.Number))
                {
                    start--;
                }

                return question[tokens[start].Start..tokens[end].End];
            }
        }

        return SubjectAsked(question, tokens);
    }

    /// <summary>
    /// "What will the second stage of Lakeside include?" then "when is it due to be finished?": the subject
    /// with the name it belongs to ("the second stage of Lakeside") is what "it" stands for, not the name
    /// alone, which would ask when the whole town was finished.
    /// </summary>
    private static string? SubjectOfName(string question, List<Token> tokens)
    {
        if (tokens.Count < 6 || !WhWords.Contains(tokens[0].Text.ToLowerInvariant()) || !Auxiliaries.Contains(tokens[1].Text.ToLowerInvariant())
            || !tokens[2].Is("the"))
        {
            return null;
        }

        // "the second phase", "the new wing": an ordinal may come before the nouns, which the function words hold.
        var relations = Language.Relations.WordRelations.Default;
        var at = 3;
        while (at < tokens.Count && tokens[at].IsWord && Language.Quantities.NumberWords.Ordinal(tokens[at].Text.ToLowerInvariant()) is not null)
        {
            at++;
        }

        var nouns = at;
        while (at < tokens.Count && tokens[at].IsWord && !tokens[at].IsCapitalized && !CommonWords.IsFunctionWord(tokens[at].Text)
            && relations.IsNoun(tokens[at].Text.ToLowerInvariant()))
        {
            at++;
        }

        if (at == nouns || at + 1 >= tokens.Count || !tokens[at].Is("of"))
        {
            return null;
        }

        var name = tokens[at + 1].Is("the") ? at + 2 : at + 1;
        var last = name;
        while (last < tokens.Count && tokens[last].IsWord && tokens[last].IsCapitalized)
        {
            last++;
        }

        return last == name ? null : question[tokens[2].Start..tokens[last - 1].End];
    }

    /// <summary>
    /// "Where was the coal loaded?": the thing a question asks something of, as the subject after its question word and
    /// auxiliary ("the coal"), is what "it" stands for next ("and where was it going?"). Its nouns up to the verb.
    /// </summary>
    private static string? SubjectAsked(string question, List<Token> tokens)
    {
        if (tokens.Count < 5 || !WhWords.Contains(tokens[0].Text.ToLowerInvariant()) || !Auxiliaries.Contains(tokens[1].Text.ToLowerInvariant())
            || tokens[2].Text.ToLowerInvariant() is not ("the" or "a" or "an"))
        {
            return null;
        }

        var relations = Language.Relations.WordRelations.Default;
        var end = 3;
        while (end < tokens.Count && end < 6 && tokens[end].IsWord && !tokens[end].IsCapitalized && !CommonWords.IsFunctionWord(tokens[end].Text)
            && relations.IsNoun(tokens[end].Text.ToLowerInvariant()))
        {
            end++;
        }

        // The verb may also be a noun ("where did the ship dock?"): the last word of the question is its verb.
        if (end > 4 && (end >= tokens.Count || !tokens[end].IsWord))
        {
            end--;
        }

        // A noun up to the verb, with the verb after it: "the coal loaded", not "the talks" ending the question.
        return end == 3 || end >= tokens.Count || !tokens[end].IsWord ? null : question[tokens[2].Start..tokens[end - 1].End];
    }
}
