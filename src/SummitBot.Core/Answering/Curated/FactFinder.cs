using SummitBot.Knowledge;


namespace SummitBot.Answering.Curated;

/// <summary>
/// Chooses what answers a question. First the focus: the event or person the question names (ordinals and tense
/// pick among events; people asked "where/when" lead to the event that involves them all), or, for a follow-up,
/// the one the conversation was about. Then the fact about it that gives the kind of answer asked for and whose
/// evidence holds every word of the question. A question with a word no candidate fact holds is declined: that is
/// how look-alikes ("the third summit", "missile tests in 2018") are told from what the sources say.
/// </summary>
internal static class FactFinder
{
    private const int SearchDepth = 40;

    public static Finding Find(ParsedQuestion q, FollowUpContext context, AnsweringModel model)
    {
        var knowledge = model.Knowledge;
        var asks = q.Asks;
        if (!q.AsksSaidOutright && q.Elliptical && Enum.TryParse<AnswerType>(context.Asks, out var previous))
        {
            asks = previous;
        }

        // "Who said that?" and "why?" lean on the fact that answered last.
        if (q.Mentions.Count == 0 && q.Content.Count == 0 && context.FactId is not null && knowledge.FactsById.TryGetValue(context.FactId, out var last))
        {
            if (asks == AnswerType.Speaker)
            {
                return SpeakerOf(last, model);
            }

            if (asks == AnswerType.Reason && last.Because is not null && knowledge.FactsById.TryGetValue(last.Because, out var because))
            {
                return new Finding(asks, Entity(knowledge, because.About)) { Fact = because };
            }
        }

        var (focus, weak, missing) = Focus(q, asks, context, model);
        if (missing is not null)
        {
            return new Finding(asks, null) { Missing = missing };
        }

        // "How many of the tests were not ICBMs?": the sources state what is, not what is not; a negated question is a guess.
        if (q.Negated && !q.YesNo)
        {
            return new Finding(asks, null);
        }

        // Words with no question in them ("talks OR (envoy") ask nothing in particular; answering them would be a guess.
        if (focus is null && asks == AnswerType.What && !q.AsksSomething)
        {
            return new Finding(asks, null);
        }

        // "Is the second summit in Singapore?": a word that is an answer somewhere (a place, a date, a number) says what
        // kind of fact to show; the fact then shows whether it is so, whatever the word claimed.
        if (q.YesNo && q.Content.Select(model.AnswerKindOf).FirstOrDefault(k => k is not null) is { } claimed)
        {
            var kind = claimed.AnswerType();
            var claim = q with { Content = [.. q.Content.Where(t => model.AnswerKindOf(t) is null)] };
            var (claimFocus, _, claimMissing) = Focus(claim, kind, context, model);
            if (claimMissing is null && claimFocus is not null)
            {
                var shown = Choose(claim, kind, claimFocus, context, model);
                if (shown.Found)
                {
                    return shown;
                }
            }
        }

        var finding = Choose(q, asks, focus, context, model);
        if (!finding.Found && weak && focus is not null)
        {
            // A loose word ("the meeting") guessed the focus; the question's own words may point elsewhere.
            finding = Choose(q, asks, null, context, model);
        }

        return finding;
    }

    private static Finding Choose(ParsedQuestion q, AnswerType asks, KnowledgeEntity? focus, FollowUpContext context, AnsweringModel model)
    {
        var knowledge = model.Knowledge;
        var required = focus is null ? [.. q.AllTerms] : q.Content;
        var candidates = Candidates(q, asks, focus, context, required, model);
        var speaker = SpeakerOf(q, focus, context, model);
        var people = q.Mentions.Where(m => m.EntityIds.Any(id => knowledge.Entities[id].IsPerson)).ToList();
        Fact? best = null;
        var bestScore = double.MinValue;
        for (var rank = 0; rank < candidates.Count; rank++)
        {
            var fact = candidates[rank];
            var about = knowledge.Entities[fact.About];
            // "Who is X?" wants what is said of X; "where is Biegun from?" is not where his meetings are.
            if (about.IsEvent && (q.AsksIdentity
                || (focus is { IsPerson: true } && asks is AnswerType.Place or AnswerType.Date && !q.MentionsMovement && !q.MentionsMeeting)))
            {
                continue;
            }

            var kinds = Kinds(asks, about);
            var kindRank = asks == AnswerType.Speaker ? (fact.SaidBy is null ? -1 : 0)
                : speaker.Count > 0 ? (fact.Asks == FactKind.Quote ? 0 : fact.Asks == FactKind.Topic ? 1 : 2)
                : Array.IndexOf(kinds, fact.Asks);
            if (kindRank < 0)
            {
                continue;
            }

            var terms = model.TermsOf(fact);
            if (!HoldsAll(terms.All, required) || !MentionsFit(q, fact, focus, terms, model))
            {
                continue;
            }

            // "Where is Pyongyang?" is not answered by a fact whose answer is Pyongyang: the question must name what the fact is about.
            if (focus is null && asks is not AnswerType.What && required.Count > 0 && HoldsAll(terms.Answer, required))
            {
                continue;
            }

            if (speaker.Count > 0 && (fact.SaidBy is null || !speaker.Any(terms.SaidBy.Contains)))
            {
                continue;
            }

            // The focus decides first; then the kind of answer (loosely for "what" questions); then how many of the
            // question's words the fact's own sentence uses, so "how many ICBM tests" prefers the ICBM figure.
            var score = (focus is not null && fact.About == focus.Id ? 20 : 0)
                - ((asks == AnswerType.What ? 1.0 : 10.0) * kindRank)
                + (asks is AnswerType.Person or AnswerType.Title && about.IsPerson ? 3 : 0)
                + (q.Future is { } future && about.Tense is not null ? (future == (about.Tense == "future") ? 3 : -3) : 0)
                - (3.0 * OwnMisses(q, fact, about, terms))
                + (people.Count > 1 && people.All(m => m.EntityIds.Any(about.Involves.Contains)) ? 2 : 0)
                - (0.01 * rank);
            if (score > bestScore)
            {
                (best, bestScore) = (fact, score);
            }
        }

        if (best is null && asks == AnswerType.Reason && required.Count > 0)
        {
            // "Why did X say Y?": find what was said, then the reason the knowledge links to it.
            var said = candidates.FirstOrDefault(f => f.Because is not null && HoldsAll(model.TermsOf(f).All, required));
            if (said is not null && knowledge.FactsById.TryGetValue(said.Because!, out var reason))
            {
                return new Finding(asks, Entity(knowledge, reason.About)) { Fact = reason };
            }
        }

        if (best is not null)
        {
            return asks == AnswerType.Speaker
                ? new Finding(asks, focus) { Fact = best, AnswersSpeaker = true }
                : new Finding(asks, focus) { Fact = best };
        }

        // Open questions ("what did ... say about ...") may be answered by quoting the one sentence holding all their words.
        if (asks is AnswerType.What or AnswerType.Quote && required.Count >= 2)
        {
            var sentences = model.Snapshot.SearchSentences(required, 1);
            if (sentences.Count > 0)
            {
                return new Finding(asks, focus) { Passage = sentences[0] };
            }
        }

        return new Finding(asks, focus);
    }

    /// <summary>
    /// Every entity the question names must be what the fact is about, take part in it, or be named in the fact's own
    /// words: "Who is the Vietnamese president?" must not be answered by a fact about Trump that merely involves Vietnam.
    /// </summary>
    private static bool MentionsFit(ParsedQuestion q, Fact fact, KnowledgeEntity? focus, FactTerms terms, AnsweringModel model)
    {
        if (focus is null)
        {
            return true;
        }

        var about = model.Knowledge.Entities[fact.About];
        foreach (var mention in q.Mentions)
        {
            if (!IsOrInvolves(about, mention.EntityIds) && !HoldsAll(terms.All, mention.Terms))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many of the question's words (other than the name of what the fact is about) its own sentence lacks.</summary>
    private static int OwnMisses(ParsedQuestion q, Fact fact, KnowledgeEntity about, FactTerms terms) =>
        Lacks(terms.Own, q.Content) + q.Mentions.Where(m => !IsOrInvolves(about, m.EntityIds)).Sum(m => Lacks(terms.Own, m.Terms));

    /// <summary>For "what did X say?": the terms a quote's speaker must have (X's name, or the person a pronoun points at).</summary>
    private static List<string> SpeakerOf(ParsedQuestion q, KnowledgeEntity? focus, FollowUpContext context, AnsweringModel model)
    {
        if (q.Asks != AnswerType.Quote)
        {
            return [];
        }

        var speaker = new List<string>();
        if (q.Speaker.Count > 0)
        {
            speaker.Add(q.Speaker[^1]);
            foreach (var mention in q.Mentions.Where(m => m.Terms.Count > 0 && m.Terms.All(q.Speaker.Contains)))
            {
                foreach (var id in mention.EntityIds)
                {
                    if (model.NameStem(model.Knowledge.Entities[id]) is { } name)
                    {
                        speaker.Add(name);
                    }
                }
            }
        }
        else if (q.PersonPronoun && q.Mentions.Count == 0 && Entity(model.Knowledge, context.PersonId) is { } person
            && model.NameStem(person) is { } name)
        {
            speaker.Add(name);
        }

        _ = focus;
        return speaker;
    }

    /// <summary>Who said the passage of <paramref name="fact"/>; or, if the fact has no speaker, who is quoted saying its answer.</summary>
    private static Finding SpeakerOf(Fact fact, AnsweringModel model)
    {
        var focus = Entity(model.Knowledge, fact.About);
        if (fact.SaidBy is not null)
        {
            return new Finding(AnswerType.Speaker, focus) { Fact = fact, AnswersSpeaker = true };
        }

        var answer = KnowledgeLoader.PlainQuotes(fact.Answer);
        var quoted = model.QuotesIn(fact.SourceId).FirstOrDefault(f =>
            f.SaidBy is not null && KnowledgeLoader.PlainQuotes(f.Passage).Contains(answer, StringComparison.OrdinalIgnoreCase));
        return quoted is not null
            ? new Finding(AnswerType.Speaker, focus) { Fact = quoted, AnswersSpeaker = true }
            : new Finding(AnswerType.Speaker, focus);
    }

    /// <summary>The entity the question is about; <c>Weak</c> when only a loose word chose it; <c>Missing</c> when the sources lack what it names.</summary>
    private static (KnowledgeEntity? Focus, bool Weak, string? Missing) Focus(ParsedQuestion q, AnswerType asks, FollowUpContext context, AnsweringModel model)
    {
        var knowledge = model.Knowledge;
        var entities = knowledge.Entities;

        // "And the first one?": the same kind of event as before, with another ordinal.
        if (q.OrdinalOfLastTopic && q.Mentions.Count == 0)
        {
            var topic = Entity(knowledge, context.EntityId);
            if (topic is { IsEvent: true, Class: not null })
            {
                var sibling = model.EventByOrdinal(topic.Class, q.Ordinal!.Value);
                return sibling is not null ? (sibling, false, null) : (null, false, $"a {OrdinalWord(q.Ordinal!.Value)} {topic.Class}");
            }
        }

        var eventMention = q.Mentions.FirstOrDefault(m => m.EntityIds.Any(id => entities[id].IsEvent));
        var personMentions = q.Mentions.Where(m => m.EntityIds.Any(id => entities[id].IsPerson)).ToList();

        if (eventMention is not null)
        {
            var events = eventMention.EntityIds.Select(id => entities[id]).Where(e => e.IsEvent).ToList();
            var weak = eventMention.Generic;
            if (eventMention.Generic && q.ClearlyPast && q.Ordinal is null && events[0].Class is { } looseClass
                && model.EventsOfClass(looseClass).Where(e => e.Tense == "past").ToList() is { Count: > 0 } past)
            {
                // "Where did Trump and Kim meet?": a loose name said in the past tense means the event that is past.
                events = past;
            }
            if (eventMention.Generic && personMentions.Count > 0)
            {
                // "the meeting" said of Trump and Kim is their summit: the people say which event a loose word means.
                var involving = EventsInvolving(personMentions, model, eventClass: null);
                if (involving.Count > 0)
                {
                    events = involving;
                    weak = false;
                }
            }

            // "When will Trump visit Pyongyang?": a person the event does not involve makes it another event, one the sources don't have.
            if (asks is not (AnswerType.Quote or AnswerType.Speaker)
                && personMentions.Any(m => !events.Any(e => m.EntityIds.Any(e.Involves.Contains))))
            {
                return (null, false, string.Empty);
            }

            if (q.Ordinal is { } wanted)
            {
                var eventClass = events[0].Class;
                var match = events.FirstOrDefault(e => e.Ordinal == wanted)
                    ?? model.EventByOrdinal(eventClass, wanted);
                return match is not null ? (match, false, null) : (null, false, $"a {OrdinalWord(wanted)} {eventClass}");
            }

            return (ByTense(events, q.Future), weak, null);
        }

        if (personMentions.Count > 0)
        {
            if (asks is AnswerType.Place or AnswerType.Date && q.MentionsMovement || q.MentionsMeeting || q.Ordinal is not null)
            {
                var involving = EventsInvolving(personMentions, model, eventClass: null);
                if (q.Ordinal is { } wanted)
                {
                    var withOrdinal = involving.Where(e => e.Ordinal == wanted).ToList();
                    if (withOrdinal.Count == 0)
                    {
                        return (null, false, $"a {OrdinalWord(wanted)} meeting between them");
                    }

                    involving = withOrdinal;
                }

                if (involving.Count > 0)
                {
                    return (ByTense(involving, q.Future), false, null);
                }
            }

            return (MainPerson(personMentions[0], model), personMentions[0].Generic, null);
        }

        if (q.Mentions.Count > 0)
        {
            return (entities[q.Mentions[0].EntityIds[0]], q.Mentions[0].Generic, null);
        }

        if (q.PersonPronoun && Entity(knowledge, context.PersonId) is { } person)
        {
            // "Where did he go last week?": the event of theirs that fits the tense.
            if (asks is AnswerType.Place or AnswerType.Date && (q.MentionsMovement || q.MentionsMeeting) && model.EventsInvolving(person.Id) is { Count: > 0 } theirs)
            {
                return (ByTense([.. theirs], q.Future), true, null);
            }

            return (person, false, null);
        }

        if ((q.ThingPronoun || q.Elliptical || q.Content.Count == 0) && Entity(knowledge, context.EntityId) is { } thing)
        {
            if (q.Ordinal is { } wanted && thing is { IsEvent: true })
            {
                var sibling = model.EventByOrdinal(thing.Class, wanted);
                return sibling is not null ? (sibling, false, null) : (null, false, $"a {OrdinalWord(wanted)} {thing.Class}");
            }

            return (thing, false, null);
        }

        return (null, false, null);
    }

    private static List<Fact> Candidates(ParsedQuestion q, AnswerType asks, KnowledgeEntity? focus, FollowUpContext context, IReadOnlyList<string> required, AnsweringModel model)
    {
        var knowledge = model.Knowledge;
        if (focus is null)
        {
            if (required.Count == 0)
            {
                return [];
            }

            var kinds = asks is AnswerType.What or AnswerType.Speaker ? null : Kinds(asks, null);
            return [.. model.Snapshot.SearchFacts(required, kinds, SearchDepth)];
        }

        var facts = new List<Fact>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var named = q.Mentions.SelectMany(m => m.EntityIds).Select(id => knowledge.Entities[id]);
        if (q.PersonPronoun && Entity(knowledge, context.PersonId) is { } pointedAt)
        {
            // "What did Trump call him?": "him" is the person talked about before.
            named = named.Append(pointedAt);
        }

        foreach (var entity in named.Prepend(focus))
        {
            if (!seen.Add(entity.Id))
            {
                continue;
            }

            facts.AddRange(knowledge.FactsAbout(entity.Id));

            // "Who is X?" about a person is answered by what is said of X, not by the events X takes part in.
            if (entity.IsPerson && !(asks is AnswerType.Person or AnswerType.Title && entity == focus))
            {
                // A person's facts include those of the events they take part in.
                foreach (var involving in model.EventsInvolving(entity.Id).Where(e => seen.Add(e.Id)))
                {
                    facts.AddRange(knowledge.FactsAbout(involving.Id));
                }
            }

            if (!entity.IsEvent)
            {
                // ... and the words they (or it: an office, a department) are quoted saying.
                if (model.NameStem(entity) is { } name)
                {
                    facts.AddRange(model.SaidBy(name));
                }
            }
        }

        if (asks == AnswerType.Speaker && required.Count > 0)
        {
            // Who said something is found by what was said, whoever it was about.
            facts.AddRange(model.Snapshot.SearchFacts(required, null, SearchDepth));
        }

        // Facts are compared as the objects they are: a record's generated equality would hash every field.
        return [.. facts.Distinct<Fact>(ReferenceEqualityComparer.Instance)];
    }

    /// <summary>The kinds of fact that answer <paramref name="asks"/> about <paramref name="about"/>, best first.</summary>
    private static FactKind[] Kinds(AnswerType asks, KnowledgeEntity? about) => asks switch
    {
        AnswerType.Place => KindsOf.Place,
        AnswerType.Date => KindsOf.Date,

        // No kind of fact holds a time of day: a curated date would answer "what time ...?" with a bare day.
        AnswerType.ClockTime => [],

        // No kind of fact holds a person's age: a fact about the person would answer "how old?" with something else.
        AnswerType.Age => [],
        AnswerType.Person => KindsOf.Person,
        AnswerType.Title => KindsOf.Title,
        AnswerType.Number => KindsOf.Number,
        AnswerType.Reason => KindsOf.Reason,
        AnswerType.Quote => KindsOf.Quote,
        AnswerType.Speaker => KindsOf.Speaker,
        _ when about is { IsPerson: true } => KindsOf.AboutPerson,
        _ => KindsOf.Anything,
    };

    /// <summary>True when <paramref name="set"/> holds every one of <paramref name="terms"/> (a loop: this runs per candidate fact).</summary>
    private static bool HoldsAll(HashSet<string> set, IReadOnlyList<string> terms)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            if (!set.Contains(terms[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many of <paramref name="terms"/> <paramref name="set"/> lacks.</summary>
    private static int Lacks(HashSet<string> set, IReadOnlyList<string> terms)
    {
        var missing = 0;
        for (var i = 0; i < terms.Count; i++)
        {
            if (!set.Contains(terms[i]))
            {
                missing++;
            }
        }

        return missing;
    }

    /// <summary>Whether the entity <paramref name="about"/> is, or involves, one of <paramref name="entityIds"/>.</summary>
    private static bool IsOrInvolves(KnowledgeEntity about, IReadOnlyList<string> entityIds)
    {
        foreach (var id in entityIds)
        {
            if (id == about.Id || about.Involves.Contains(id))
            {
                return true;
            }
        }

        return false;
    }

    private static List<KnowledgeEntity> EventsInvolving(List<EntityMention> people, AnsweringModel model, string? eventClass) =>
        [.. people[0].EntityIds.SelectMany(model.EventsInvolving).Distinct().Where(e =>
            e.IsEvent
            && (eventClass is null || e.Class == eventClass)
            && people.All(m => m.EntityIds.Any(e.Involves.Contains)))];

    /// <summary>Among events, the one whose tense fits the question; without a tense, the upcoming one.</summary>
    private static KnowledgeEntity ByTense(List<KnowledgeEntity> events, bool? future)
    {
        var wanted = future switch { true => "future", false => "past", null => "future" };
        return events.FirstOrDefault(e => e.Tense == wanted) ?? events[0];
    }

    /// <summary>For a name several people share ("Kim"), the one the knowledge says most about.</summary>
    private static KnowledgeEntity MainPerson(EntityMention mention, AnsweringModel model) =>
        mention.EntityIds
            .Select(id => model.Knowledge.Entities[id])
            .Where(e => e.IsPerson)
            .OrderByDescending(e => model.Knowledge.FactsAbout(e.Id).Count)
            .First();

    private static KnowledgeEntity? Entity(KnowledgeBase knowledge, string? id) =>
        id is not null && knowledge.Entities.TryGetValue(id, out var entity) ? entity : null;

    private static string OrdinalWord(int n) => n switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        4 => "fourth",
        5 => "fifth",
        6 => "sixth",
        7 => "seventh",
        8 => "eighth",
        9 => "ninth",
        10 => "tenth",
        _ => $"#{n}",
    };
}
