using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language;
using SummitBot.Language.Relations;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Who closed the road?" and "Norway's Public Roads Administration closed the road, while the mayor, Eva Holm, said
/// ...": the name right before the asked verb is its subject, and did the deed; the person of another clause did not.
/// Two kinds of name are read there that no person extractor offers: a body, by a head noun WordNet knows as an
/// organisation ("Administration", "Ministry", "Agency"), and countries joined by "and" ("the bridge that Norway and
/// Sweden plan to build"), as in a relative clause whose subject stands after "that".
/// </summary>
internal static class NamedSubject
{
    /// <summary>How well the name right before the asked verb fits who did it.</summary>
    public const double Fit = 0.85;

    /// <summary>How much of its fit a person, country or body keeps that is not that subject.</summary>
    public const double NotTheDoer = 0.3;

    /// <summary>What may stand between the subject and the asked verb: an auxiliary or an adverb ("has long run").</summary>
    private static readonly HashSet<string> Between = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "will", "would", "also", "now", "still", "then", "later", "already",
    };

    /// <summary>What a bare verb may be followed by, which a noun (a name's "plan", "call") would not: its object's determiner.</summary>
    private static readonly HashSet<string> ObjectOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those",
    };

    /// <summary>
    /// Modals, after which a word is a verb however often it is a noun: "the Harbour Board would hold it", "the Trust
    /// will fund".
    /// </summary>
    private static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "can", "could", "may", "might", "must", "shall", "should",
    };

    /// <summary>What a noun heading a body's name is a kind of, a few steps up WordNet's hypernyms.</summary>
    private static readonly string[] BodyKinds = ["organization", "social group", "body"];

    private const int Steps = 3;

    /// <summary>How many auxiliaries or adverbs may stand between the subject and the verb.</summary>
    private const int Reach = 2;

    /// <summary>The span of the subject right before the asked verb, or null when there is none of these kinds, or more than one.</summary>
    public static (int Start, int End)? Of(QuestionReading question, Passage passage)
    {
        var verbs = AskedDeeds.Of(question).Where(t => !question.OwnedKinds.Any(k => k.Head.Equals(t.Word, StringComparison.OrdinalIgnoreCase))).ToList();
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        (int Start, int End)? found = null;
        for (var v = 1; v < tokens.Count; v++)
        {
            if (!tokens[v].IsWord || tokens[v].IsCapitalized || !verbs.Any(t => t.IsIn(stems[v])) || Subject(passage, tokens, v) is not { } subject)
            {
                continue;
            }

            if (found is { } other && other != subject)
            {
                return null;
            }

            found = subject;
        }

        return found is { } named && !Spans.RepeatsQuestion(passage.Text[named.Start..named.End], question, passage.Analyze) ? found : null;
    }

    /// <summary>
    /// How much of its fit a person, country or body keeps that starts at <paramref name="start"/>: all of it when no
    /// subject was found or it lies within the subject, <see cref="NotTheDoer"/> when it stands elsewhere.
    /// </summary>
    public static double Share((int Start, int End)? subject, int start) =>
        subject is { } named && (start < named.Start || start >= named.End) ? NotTheDoer : 1.0;

    private static (int Start, int End)? Subject(Passage passage, List<Token> tokens, int verb)
    {
        var k = verb - 1;
        while (k > 0 && verb - 1 - k < Reach && tokens[k].IsWord && Between.Contains(tokens[k].Text))
        {
            k--;
        }

        if (!tokens[k].IsWord || !tokens[k].IsCapitalized)
        {
            return null;
        }

        // Back over the name: capitalized words, and "and" (or "and the") between two names; a possessive ends it
        // ("Norway's Public Roads Administration": the owner is not the subject).
        var first = k;
        var joined = false;
        while (first > 0)
        {
            var before = tokens[first - 1];
            if (before.IsWord && before.IsCapitalized)
            {
                first--;
            }
            else if (first >= 2 && before.Is("and") && tokens[first - 2].IsCapitalized)
            {
                first -= 2;
                joined = true;
            }
            else if (first >= 3 && before.Is("the") && tokens[first - 2].Is("and") && tokens[first - 3].IsCapitalized)
            {
                first -= 3;
                joined = true;
            }
            else
            {
                break;
            }
        }

        // "The Roads Administration ...": a capitalized article or other function word opening the sentence is no part of the name.
        while (first < k && CommonWords.IsFunctionWord(tokens[first].Text.ToLowerInvariant()))
        {
            first++;
        }

        if (AfterPreposition(tokens, first))
        {
            // "the branch of the Investigative Committee of the Russian Federation has opened": a name after a
            // preposition ends a longer noun phrase and is not itself the subject.
            return null;
        }

        var start = tokens[first].Start;
        var end = tokens[k].End;
        if (passage.Annotations.Any(a => a.Kind == Language.Reading.AnnotationKind.Person && a.Start < end && a.End > start) || !IsVerbForm(tokens, verb, joined))
        {
            return null;
        }

        return joined ? (AllCountries(passage, tokens, first, k) ? (start, end) : null)
            : IsBody(tokens, first, k) ? (start, end) : null;
    }

    /// <summary>
    /// The asked word is said as a verb here, not as a noun a name qualifies ("the Oslo plan to ..."): a plural subject
    /// takes the bare form, and otherwise the word ends in "-s" or "-ed", is no noun, is followed by its object, or
    /// follows a modal.
    /// </summary>
    private static bool IsVerbForm(List<Token> tokens, int verb, bool plural)
    {
        var word = tokens[verb].Text.ToLowerInvariant();
        return plural || (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) || word.EndsWith("ed", StringComparison.Ordinal)
            || !WordRelations.Default.IsNoun(word) || (verb + 1 < tokens.Count && ObjectOpeners.Contains(tokens[verb + 1].Text))
            || (verb > 0 && Modals.Contains(tokens[verb - 1].Text));
    }

    /// <summary>Whether a preposition stands before the name, "the" allowed between.</summary>
    private static bool AfterPreposition(List<Token> tokens, int first)
    {
        var before = first - 1;
        if (before >= 0 && tokens[before].Is("the"))
        {
            before--;
        }

        return before >= 0 && tokens[before].IsWord && CommonWords.IsPreposition(tokens[before].Text.ToLowerInvariant());
    }

    /// <summary>Every name joined by "and" in the span is a country the reader found (a place that is a country's name).</summary>
    private static bool AllCountries(Passage passage, List<Token> tokens, int first, int last)
    {
        var parts = new List<(int Start, int End)>();
        var open = -1;
        for (var i = first; i <= last + 1; i++)
        {
            var ends = i > last || tokens[i].Is("and") || tokens[i].Is("the");
            if (ends && open >= 0)
            {
                parts.Add((tokens[open].Start, tokens[i - 1].End));
                open = -1;
            }
            else if (!ends && open < 0)
            {
                open = i;
            }
        }

        return parts.Count >= 2 && parts.All(p => passage.Annotations.Any(a => a.Kind == Language.Reading.AnnotationKind.Place && a.IsCountryName && a.Start == p.Start && a.End == p.End));
    }

    /// <summary>A name of two or more words whose last is a noun WordNet knows as a kind of organisation or body ("Administration", "Ministry").</summary>
    private static bool IsBody(List<Token> tokens, int first, int last)
    {
        var head = tokens[last].Text.ToLowerInvariant();
        var relations = WordRelations.Default;
        return last > first && relations.IsNoun(head) && BodyKinds.Any(k => relations.IsKindOf(head, k, Steps));
    }
}
