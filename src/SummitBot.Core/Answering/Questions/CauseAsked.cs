using SummitBot.Language.Relations;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "What made the team pull out?", "what led them to cancel the trip?", "what forced the mayor to resign?": "what" as
/// the subject of a verb of making or leading, with someone and a doing of theirs after it, asks why they did it, as
/// "why" does. The verb only frames the question; the passage need not say it ("withdrew after ...", "because ...").
/// "What caused the delay?" or "what led to the delay?" is left a plain What question: a thing ("a landslide") answers
/// it as often as a reason clause does. English words only; nothing of any one story.
/// </summary>
internal static class CauseAsked
{
    /// <summary>Verbs of making someone do a thing, the doing right after its object: "what made X leave".</summary>
    private static readonly HashSet<string> Making = new(StringComparer.Ordinal) { "made", "makes", "make" };

    /// <summary>Verbs of leading someone to a thing, the doing after "to": "what led X to leave", "what forced X to resign".</summary>
    private static readonly HashSet<string> Leading = new(StringComparer.Ordinal)
    {
        "led", "leads", "lead", "forced", "forces", "force", "drove", "drives", "drive", "pushed", "pushes", "push", "persuaded", "persuades",
        "convinced", "convinces",
    };

    /// <summary>
    /// Verbs of setting an event going, whose object is the event and whose subject its cause: "what triggered the
    /// protests?", "what prompted the inquiry?", "what sparked the fire?" ask why the event happened, as "why did the
    /// protests start?" does. "Set" counts only with "off" ("what set off the alarm"); "what set the record" is no cause.
    /// </summary>
    private static readonly HashSet<string> Triggering = new(StringComparer.Ordinal)
    {
        "triggered", "triggers", "trigger", "prompted", "prompts", "prompt", "sparked", "sparks", "spark", "provoked", "provokes", "provoke",
    };

    /// <summary>Words that open a noun phrase: a verb right after one is a noun ("what made the bomb").</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some", "any",
    };

    /// <summary>Object pronouns: the word after one is the verb ("what made him resign").</summary>
    private static readonly HashSet<string> ObjectPronouns = new(StringComparer.Ordinal) { "him", "her", "them", "it", "us", "me", "you" };

    /// <summary>Particles that make a phrasal verb of the word before them ("back out", "call off").</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "out", "off", "up", "down", "away", "back", "in", "over" };

    /// <summary>Whether the question's words (lower case) ask why someone did something; the verb of making is at <paramref name="verb"/>.</summary>
    public static bool Asks(IReadOnlyList<string> words, out int verb)
    {
        verb = -1;
        var wh = IndexOf(words, "what");
        if (wh < 0 || wh + 2 >= words.Count)
        {
            return false;
        }

        var word = words[wh + 1];
        var asks = (Leading.Contains(word) && VerbAfterTo(words, wh + 3))
            || (Making.Contains(word) && VerbAfterObject(words, wh + 2))
            || (wh == 0 && SetsGoing(words, wh + 1));
        verb = asks ? wh + 1 : -1;
        return asks;
    }

    /// <summary>
    /// "what triggered the protests", "what set off the alarm", "what prompted him to resign": a verb of setting an
    /// event going right after the opening "what", with its object after it (a determiner, a pronoun or a word).
    /// </summary>
    private static bool SetsGoing(IReadOnlyList<string> words, int verb)
    {
        var word = words[verb];
        var objectAt = verb + 1;
        if (word is "set" or "sets" && objectAt < words.Count && words[objectAt] == "off")
        {
            objectAt++;
        }
        else if (!Triggering.Contains(word))
        {
            return false;
        }

        return objectAt < words.Count && !PhraseBreaks.Contains(words[objectAt]);
    }

    /// <summary>Words that cannot open the object of a verb of setting going: "what prompted by ..." is no question of cause.</summary>
    private static readonly HashSet<string> PhraseBreaks = new(StringComparer.Ordinal) { "by", "for", "in", "on", "at", "to", "and", "or", "is", "was" };

    /// <summary>"what led the team to withdraw": "to" and a verb after the object; a noun too only with a particle or object after it ("to call off", "to cancel his trip").</summary>
    private static bool VerbAfterTo(IReadOnlyList<string> words, int from)
    {
        for (var k = from; k + 1 < words.Count; k++)
        {
            if (words[k] == "to")
            {
                return IsBareVerb(words[k + 1]) && (!WordRelations.Default.IsNounForm(words[k + 1]) || VerbAhead(words, k + 2));
            }
        }

        return false;
    }

    /// <summary>
    /// "what made the delegation back out", "what made him resign": a bare verb after an object of one word or more. A
    /// word that is a noun as well counts as the verb only after a pronoun, or before a particle, a determiner or a
    /// pronoun ("what made Harstedt skip the reception"; "what made the team" names no doing), or when it ends the
    /// question or takes a preposition (<see cref="EndsOrTakesPreposition"/>).
    /// </summary>
    private static bool VerbAfterObject(IReadOnlyList<string> words, int objectAt)
    {
        for (var k = objectAt + 1; k < words.Count; k++)
        {
            var before = words[k - 1];
            if (Determiners.Contains(before) || CommonWords.IsFunctionWord(words[k]) && !Particles.Contains(words[k]) || !IsBareVerb(words[k]))
            {
                continue;
            }

            if (VerbAhead(words, k + 1) || ObjectPronouns.Contains(before) || !WordRelations.Default.IsNounForm(words[k]) || EndsOrTakesPreposition(words, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "what made the town's exports shrink", "what made the union leader object to the deal": a word that is a noun
    /// as well is the verb when it ends the question, or when a preposition other than "of" follows it, after an
    /// object of a word or more: a noun there would leave "what made" with no doing ("what made the team" stops at its
    /// object, and a noun before "of" heads a phrase of its own). The word right after a determiner or an adjective
    /// stays a noun ("the old harbour").
    /// </summary>
    private static bool EndsOrTakesPreposition(IReadOnlyList<string> words, int k) =>
        !WordRelations.Default.IsAdjective(words[k - 1]) && (k == words.Count - 1 || (CommonWords.IsPreposition(words[k + 1]) && words[k + 1] != "of"));

    /// <summary>
    /// Whether the word at <paramref name="next"/> makes the word before it a verb: a particle ("call off"), or an
    /// object opening with a determiner or a pronoun ("cancel his trip", "skip the reception", "meet them").
    /// </summary>
    private static bool VerbAhead(IReadOnlyList<string> words, int next) =>
        next < words.Count && (Particles.Contains(words[next]) || Determiners.Contains(words[next]) || ObjectPronouns.Contains(words[next]));

    /// <summary>A verb as WordNet lists it, uninflected ("resign", "back"; not "talks" or "planned").</summary>
    private static bool IsBareVerb(string word) =>
        word.Length > 1 && WordRelations.Default.IsVerb(word) && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal)
        && !(word.EndsWith('s') && WordRelations.Default.BaseForms(word).Skip(1).Any());

    private static int IndexOf(IReadOnlyList<string> words, string word)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == word)
            {
                return i;
            }
        }

        return -1;
    }
}
