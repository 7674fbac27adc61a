using SummitBot.Knowledge;

namespace SummitBot.Answering;

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
        if (!q.AsksSaidOutright && q.Elliptical && Enum.TryParse<AskedFor>(context.Asks, out var previous))
        {
            asks = previous;
        }

        // "Who said that?" and "why?" lean on the fact that answered last.
        if (q.Mentions.Count == 0 && q.Content.Count == 0 && context.FactId is not null && knowledge.FactsById.TryGetValue(context.FactId, out var last))
        {
            if (asks == AskedFor.Speaker)
            {
                return SpeakerOf(last, model);
            }

            if (asks == AskedFor.Reason && last.Because is not null && knowledge.FactsById.TryGetValue(last.Because, out var because))
            {
                return new Finding(asks, Entity(knowledge, because.About)) { Fact = because };
            }
        }

        var (focus, missing) = Focus(q, asks, context, model);
        if (missing is not null)
        {
            return new Finding(asks, null) { Missing = missing };
        }

        var required = q.Content;
        var candidates = Candidates(q, asks, focus, required, model);
        Fact? best = null;
        var bestScore = double.MinValue;
        var kinds = Kinds(asks, focus);
        for (var rank = 0; rank < candidates.Count; rank++)
        {
            var fact = candidates[rank];
            var kindRank = asks == AskedFor.Speaker ? (fact.SaidBy is null ? -1 : 0) : kinds.IndexOf(fact.Asks);
            if (kindRank < 0)
            {
                continue;
            }

            var terms = model.TermsOf(fact);
            if (!required.All(terms.All.Contains))
            {
                continue;
            }

            var score = -10.0 * kindRank
                + (focus is not null && fact.About == focus.Id ? 5 : 0)
                + (2.0 * required.Count(terms.Own.Contains))
                - (0.01 * rank);
            if (score > bestScore)
            {
                (best, bestScore) = (fact, score);
            }
        }

        if (best is not null)
        {
            return asks == AskedFor.Speaker
                ? new Finding(asks, focus) { Fact = best, AnswersSpeaker = true }
                : new Finding(asks, focus) { Fact = best };
        }

        // Open questions ("what did ... say about ...") may be answered by quoting the one sentence holding all their words.
        if (asks is AskedFor.What or AskedFor.Quote && required.Count >= 2)
        {
            var sentences = model.Snapshot.SearchSentences(required, 1);
            if (sentences.Count > 0)
            {
                return new Finding(asks, focus) { Passage = sentences[0] };
            }
        }

        return new Finding(asks, focus);
    }

    /// <summary>Who said the passage of <paramref name="fact"/>; or, if the fact has no speaker, who is quoted saying its answer.</summary>
    private static Finding SpeakerOf(Fact fact, AnsweringModel model)
    {
        var focus = Entity(model.Knowledge, fact.About);
        if (fact.SaidBy is not null)
        {
            return new Finding(AskedFor.Speaker, focus) { Fact = fact, AnswersSpeaker = true };
        }

        var answer = KnowledgeLoader.PlainQuotes(fact.Answer);
        var quoted = model.Knowledge.Facts.FirstOrDefault(f =>
            f.SaidBy is not null && KnowledgeLoader.PlainQuotes(f.Passage).Contains(answer, StringComparison.OrdinalIgnoreCase));
        return quoted is not null
            ? new Finding(AskedFor.Speaker, focus) { Fact = quoted, AnswersSpeaker = true }
            : new Finding(AskedFor.Speaker, focus);
    }

    private static (KnowledgeEntity? Focus, string? Missing) Focus(ParsedQuestion q, AskedFor asks, FollowUpContext context, AnsweringModel model)
    {
        var knowledge = model.Knowledge;
        var entities = knowledge.Entities;

        // "And the first one?": the same kind of event as before, with another ordinal.
        if (q.OrdinalOfLastTopic && q.Mentions.Count == 0)
        {
            var topic = Entity(knowledge, context.EntityId);
            if (topic is { IsEvent: true, Class: not null })
            {
                var sibling = entities.Values.FirstOrDefault(e => e.Class == topic.Class && e.Ordinal == q.Ordinal);
                return sibling is not null ? (sibling, null) : (null, $"a {OrdinalWord(q.Ordinal!.Value)} {topic.Class}");
            }
        }

        var eventMention = q.Mentions.FirstOrDefault(m => m.EntityIds.Any(id => entities[id].IsEvent));
        var personMentions = q.Mentions.Where(m => m.EntityIds.Any(id => entities[id].IsPerson)).ToList();

        if (eventMention is not null)
        {
            var events = eventMention.EntityIds.Select(id => entities[id]).Where(e => e.IsEvent).ToList();
            if (q.Ordinal is { } wanted)
            {
                var eventClass = events[0].Class;
                var match = entities.Values.FirstOrDefault(e => e.IsEvent && e.Class == eventClass && e.Ordinal == wanted);
                return match is not null ? (match, null) : (null, $"a {OrdinalWord(wanted)} {eventClass}");
            }

            if (eventMention.Generic && personMentions.Count > 0)
            {
                var involving = EventsInvolving(personMentions, model, events[0].Class);
                if (involving.Count > 0)
                {
                    return (ByTense(involving, q.Future), null);
                }
            }

            return (ByTense(events, q.Future), null);
        }

        if (personMentions.Count > 0)
        {
            if (asks is AskedFor.Place or AskedFor.Date || q.MentionsMeeting || q.Ordinal is not null)
            {
                var involving = EventsInvolving(personMentions, model, eventClass: null);
                if (q.Ordinal is { } wanted)
                {
                    var withOrdinal = involving.Where(e => e.Ordinal == wanted).ToList();
                    if (withOrdinal.Count == 0)
                    {
                        return (null, $"a {OrdinalWord(wanted)} meeting between them");
                    }

                    involving = withOrdinal;
                }

                if (involving.Count > 0)
                {
                    return (ByTense(involving, q.Future), null);
                }
            }

            return (MainPerson(personMentions[0], model), null);
        }

        if (q.Mentions.Count > 0)
        {
            return (entities[q.Mentions[0].EntityIds[0]], null);
        }

        if (q.PersonPronoun && Entity(knowledge, context.PersonId) is { } person)
        {
            return (person, null);
        }

        if ((q.ThingPronoun || q.Elliptical || q.Content.Count == 0) && Entity(knowledge, context.EntityId) is { } thing)
        {
            if (q.Ordinal is { } wanted && thing is { IsEvent: true })
            {
                var sibling = entities.Values.FirstOrDefault(e => e.Class == thing.Class && e.Ordinal == wanted);
                return sibling is not null ? (sibling, null) : (null, $"a {OrdinalWord(wanted)} {thing.Class}");
            }

            return (thing, null);
        }

        return (null, null);
    }

    private static List<Fact> Candidates(ParsedQuestion q, AskedFor asks, KnowledgeEntity? focus, IReadOnlyList<string> required, AnsweringModel model)
    {
        var knowledge = model.Knowledge;
        if (focus is null)
        {
            if (required.Count == 0)
            {
                return [];
            }

            var kinds = asks is AskedFor.What or AskedFor.Speaker ? null : Kinds(asks, null);
            return [.. model.Snapshot.SearchFacts(required, kinds, SearchDepth).Select(id => knowledge.FactsById[id])];
        }

        var facts = new List<Fact>(knowledge.FactsAbout(focus.Id));
        if (focus.IsPerson)
        {
            // A person's facts include those of the events they take part in and the words they are quoted saying.
            foreach (var entity in knowledge.Entities.Values.Where(e => e.Involves.Contains(focus.Id)))
            {
                facts.AddRange(knowledge.FactsAbout(entity.Id));
            }

            var name = model.Snapshot.Analyzer.Terms(focus.Name);
            facts.AddRange(knowledge.Facts.Where(f => f.SaidBy is not null && !facts.Contains(f) && SaysName(f.SaidBy, name, model)));
        }

        _ = q;
        return facts;
    }

    private static bool SaysName(string saidBy, List<string> name, AnsweringModel model) =>
        name.Count > 0 && model.Snapshot.Analyzer.Terms(saidBy).Contains(name[^1]);

    /// <summary>The kinds of fact that answer <paramref name="asks"/>, best first.</summary>
    private static List<string> Kinds(AskedFor asks, KnowledgeEntity? focus) => asks switch
    {
        AskedFor.Place => ["place"],
        AskedFor.Date => ["date"],
        AskedFor.Person => ["person"],
        AskedFor.Title => ["title", "person"],
        AskedFor.Number => ["number"],
        AskedFor.Reason => ["reason"],
        AskedFor.Quote => ["quote", "topic"],
        AskedFor.Speaker => ["quote", "topic", "place", "date", "person", "title", "number", "reason"],
        _ when focus is { IsPerson: true } => ["person", "title", "topic", "quote", "reason"],
        _ => ["topic", "quote", "person", "title", "place", "date", "reason", "number"],
    };

    private static List<KnowledgeEntity> EventsInvolving(List<EntityMention> people, AnsweringModel model, string? eventClass) =>
        [.. model.Knowledge.Entities.Values.Where(e =>
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
