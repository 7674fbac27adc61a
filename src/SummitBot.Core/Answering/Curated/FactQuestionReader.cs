using SummitBot.Knowledge;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Curated;

/// <summary>
/// Reads a normalized question: mends spelling, works out what kind of answer it wants, which entities it names
/// (with ordinals and tense), whether it leans on the conversation (pronouns, "and where?"), and its content terms.
/// </summary>
internal static class FactQuestionReader
{
    public static (ParsedQuestion Question, string CorrectedText) Read(string text, AnsweringModel model)
    {
        var corrected = Mend(text, model);
        return (ReadMended(corrected, model), corrected);
    }

    /// <summary>Reads a question whose spelling <see cref="Mend"/> has already mended.</summary>
    public static ParsedQuestion ReadMended(string corrected, AnsweringModel model)
    {
        var rawWords = TextWords.Of(corrected);
        var words = rawWords.Select(Plain).ToList();
        var stems = model.Snapshot.Analyzer.Terms(corrected);
        var mentions = model.FindMentions(stems);

        var consumed = new bool[stems.Count];
        foreach (var mention in mentions)
        {
            for (var i = mention.Start; i < mention.End; i++)
            {
                consumed[i] = true;
            }
        }

        int? ordinal = null;
        var ordinalOfLastTopic = false;
        for (var i = 0; i < stems.Count; i++)
        {
            if (consumed[i] || !model.OrdinalStems.TryGetValue(stems[i], out var n))
            {
                continue;
            }

            var next = mentions.FirstOrDefault(m => m.Start > i && m.Start <= i + 3);
            if (i + 1 < stems.Count && stems[i + 1] == model.OneStem)
            {
                ordinal = n;
                ordinalOfLastTopic = true;
                consumed[i] = consumed[i + 1] = true;
            }
            else if (next is not null && next.Start == i + 1 && next.EntityIds.Any(id => model.Knowledge.Entities[id].IsEvent) || (i + 1 < stems.Count && model.MeetingStems.Contains(stems[i + 1])))
            {
                ordinal = n;
                consumed[i] = true;
            }
        }

        // An event named and then numbered: "summit two", "summit #2".
        foreach (var mention in mentions)
        {
            if (ordinal is null && mention.End < stems.Count && !consumed[mention.End] && CardinalValue(stems[mention.End], model.OneStem) is { } number
                && mention.EntityIds.Any(id => model.Knowledge.Entities[id].IsEvent))
            {
                ordinal = number;
                consumed[mention.End] = true;
            }
        }

        var content = new List<string>();
        for (var i = 0; i < stems.Count; i++)
        {
            if (!model.FrameStems.Contains(stems[i]) && !consumed[i])
            {
                content.Add(stems[i]);
            }
        }

        for (var m = 0; m < mentions.Count; m++)
        {
            var span = mentions[m];
            mentions[m] = span with { Terms = [.. stems.Skip(span.Start).Take(span.End - span.Start).Where(t => !model.FrameStems.Contains(t))] };
        }

        // "And the second?": an ordinal on its own points at the last topic.
        if (ordinal is null && mentions.Count == 0)
        {
            for (var i = 0; i < stems.Count; i++)
            {
                if (!consumed[i] && model.OrdinalStems.TryGetValue(stems[i], out var alone) && content.Count == 1)
                {
                    ordinal = alone;
                    ordinalOfLastTopic = true;
                    content.Clear();
                }
            }
        }

        var (asks, outright) = KindOf(words, rawWords);
        if (!outright && (corrected.Contains('#') || words.Contains("no") && words.Contains("of")))
        {
            (asks, outright) = (AnswerType.Number, true);
        }

        var future = AnyIn(words, QuestionWords.Future) || corrected.Contains("'ll", StringComparison.Ordinal);
        var past = AnyIn(words, QuestionWords.Past);
        var elliptical = words.Count > 0 && (words[0] is "and" or "also" or "same" || StartsWith(words, "what", "about") || StartsWith(words, "how", "about"))
            || (!outright && mentions.Count > 0 && !AnyIn(words, QuestionWords.Asking) && words.Count(w => !QuestionWords.Frame.Contains(w)) <= 3);

        var speaker = asks == AnswerType.Quote ? SpeakerTerms(words, model) : [];
        return new ParsedQuestion(
            asks,
            outright,
            mentions,
            content,
            ordinal,
            ordinalOfLastTopic,
            future == past ? null : future,
            AnyIn(words, QuestionWords.PersonPronouns),
            AnyIn(words, QuestionWords.ThingPronouns),
            elliptical,
            AnyIn(stems, model.MeetingStems),
            outright || AnyIn(words, QuestionWords.Asking) || corrected.TrimEnd().EndsWith('?'))
        {
            Speaker = speaker,
            AsksIdentity = asks == AnswerType.Person && IsIdentity(words),
            MentionsMovement = AnyIn(words, QuestionWords.Movement) || AnyIn(stems, model.MeetingStems),
            Negated = words.Any(w => w is "not" or "never" or "except" or "excluding" or "besides" or "isnt" or "wasnt" or "arent" or "werent" or "dont" or "doesnt" or "didnt" or "wont")
                || rawWords.Any(w => w.EndsWith("n't", StringComparison.Ordinal)) || corrected.Contains("other than", StringComparison.OrdinalIgnoreCase),
            ClearlyPast = !future && words.Any(w => w is "did" or "met" or "happened" or "took" or "went" or "visited" or "ago" or "previously"),
            YesNo = !outright && words.Count > 2 && QuestionWords.YesNoStarts.Contains(rawWords[0]),
        };
    }

    /// <summary>
    /// The text with casual forms spelt out ("u" → "you") and misspelt words mended. Most questions need neither, so
    /// the text is copied only when a word changes.
    /// </summary>
    internal static string Mend(string text, AnsweringModel model)
    {
        text = Questions.SpeaksFor.Mend(Questions.AcronymAfterThe.Mend(Questions.QuestionReader.SpellNumberSign(text)));
        System.Text.StringBuilder? mended = null;
        var copied = 0;
        for (var at = 0; TextWords.Next(text, ref at, out var start, out var length);)
        {
            var word = text.AsSpan(start, length);
            var lower = word.ToString().ToLowerInvariant();
            var replacement = QuestionWords.Casual.TryGetValue(lower, out var casual) ? casual : model.Speller.Correct(lower);
            if (ReferenceEquals(replacement, lower) || word.Equals(replacement, StringComparison.Ordinal)
                || replacement.Equals(lower, StringComparison.Ordinal))
            {
                continue;
            }

            mended ??= new System.Text.StringBuilder(text.Length + 16);
            mended.Append(text, copied, start - copied).Append(replacement);
            copied = start + length;
        }

        return mended is null ? text : mended.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>"who is/was [the] …" with no verb after it: a question of who someone is, not of who did something.</summary>
    private static bool IsIdentity(List<string> words)
    {
        var who = words.FindIndex(w => w is "who");
        return who >= 0 && who + 1 < words.Count && words[who + 1] is "is" or "was" or "are" or "were"
            && !words.Skip(who + 2).Any(w => w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5 || QuestionWords.SayVerbs.Contains(w) || QuestionWords.Future.Contains(w));
    }

    /// <summary>The value of a cardinal after an event's name ("summit two", "summit #2"), 1 to 10.</summary>
    private static int? CardinalValue(string stem, string oneStem) => stem == oneStem ? 1 : stem switch
    {
        "1" => 1,
        "2" or "two" => 2,
        "3" or "three" => 3,
        "4" or "four" => 4,
        "5" or "five" => 5,
        _ => null,
    };

    /// <summary>"What did the State Department say ...?": the words between the auxiliary and the saying verb, analyzed.</summary>
    private static List<string> SpeakerTerms(List<string> words, AnsweringModel model)
    {
        var verb = words.FindIndex(QuestionWords.SayVerbs.Contains);
        var aux = words.FindIndex(w => w is "did" or "does" or "do" or "has" or "have" or "had" or "will" or "would");
        if (verb < 0 || aux < 0 || aux >= verb - 1)
        {
            return [];
        }

        return model.Snapshot.Analyzer.Terms(string.Join(' ', words.Skip(aux + 1).Take(verb - aux - 1)))
            .Where(t => !model.FrameStems.Contains(t))
            .ToList();
    }

    /// <summary>What kind of answer the words ask for, and whether they say so outright.</summary>
    internal static (AnswerType Asks, bool Outright) KindOf(IReadOnlyList<string> words, IReadOnlyList<string>? rawWords = null)
    {
        bool Has(string word) => words.Contains(word);
        bool HasPair(string first, string second)
        {
            for (var i = 0; i + 1 < words.Count; i++)
            {
                if (words[i] == first && words[i + 1] == second)
                {
                    return true;
                }
            }

            return false;
        }

        var whAt = IndexOf(words, w => w is "what" or "which");
        if (Has("why") || HasPair("how", "come") || (whAt >= 0 && words.Skip(whAt + 1).Take(3).Any(w => w is "reason" or "purpose")))
        {
            return (AnswerType.Reason, true);
        }

        if (HasPair("how", "many") && words.SkipWhile(w => w != "many").Skip(1).FirstOrDefault() is "days" or "weeks" or "months" or "years" or "hours")
        {
            // "How many days will the summit last?" asks how long: the dates answer it.
            return (AnswerType.Date, true);
        }

        if (HasPair("how", "many") || HasPair("how", "much") || HasPair("number", "of"))
        {
            return (AnswerType.Number, true);
        }

        var whoAt = IndexOf(words, w => w is "who" or "whom");
        if ((whoAt >= 0 && words.Skip(whoAt + 1).Any(QuestionWords.SayVerbs.Contains)) || HasPair("according", "to") && Has("whom") || HasPair("whose", "words"))
        {
            return (AnswerType.Speaker, true);
        }

        if (Has("when") || HasPair("how", "long") || HasPair("how", "soon"))
        {
            return (AnswerType.Date, true);
        }

        if (Has("where") || (whoAt >= 0 && words.Any(w => w.StartsWith("host", StringComparison.Ordinal))))
        {
            return (AnswerType.Place, true);
        }

        if (whAt >= 0)
        {
            foreach (var word in words.Skip(whAt + 1).Where(w => w is not ("is" or "was" or "are" or "were" or "the" or "a" or "an")).Take(2))
            {
                if (QuestionWords.KindNouns.TryGetValue(word, out var kind))
                {
                    return (kind, true);
                }
            }
        }

        // "What is Stephen Biegun's title?", "what is his job?": a kind noun owned by someone names the kind.
        for (var i = 1; whAt >= 0 && rawWords is not null && i < words.Count; i++)
        {
            var owned = rawWords[i - 1].EndsWith("'s", StringComparison.Ordinal) || rawWords[i - 1].EndsWith("s'", StringComparison.Ordinal)
                || words[i - 1] is "his" or "her" or "their" or "its";
            if (owned && QuestionWords.OwnedKindNouns.TryGetValue(words[i], out var ownedKind))
            {
                return (ownedKind, true);
            }
        }

        if (whoAt >= 0 || Has("whose"))
        {
            return (AnswerType.Person, true);
        }

        if (whAt >= 0 && AnyIn(words, QuestionWords.SayVerbs))
        {
            return (AnswerType.Quote, true);
        }

        // Telegraphic questions name the kind anywhere: "Singapore summit date?", "2nd summit location?".
        if (!AnyIn(words, QuestionWords.Asking))
        {
            foreach (var word in words)
            {
                if (QuestionWords.KindNouns.TryGetValue(word, out var kind))
                {
                    return (kind, true);
                }
            }
        }

        return AnyIn(words, QuestionWords.SayVerbs) ? (AnswerType.Quote, true) : (AnswerType.What, false);
    }

    /// <summary>Whether any of <paramref name="words"/> is in <paramref name="set"/> (a loop, not a delegate per call).</summary>
    private static bool AnyIn(IReadOnlyList<string> words, IReadOnlySet<string> set)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (set.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOf(IReadOnlyList<string> words, Func<string, bool> wanted)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (wanted(words[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"what's" → "what", "he'll" → "he": the word without its clitic.</summary>
    private static string Plain(string word)
    {
        var apostrophe = word.AsSpan().IndexOfAny('\'', '\u2019');
        return apostrophe > 0 ? word[..apostrophe] : word;
    }

    private static bool StartsWith(List<string> words, string first, string second) =>
        words.Count >= 2 && words[0] == first && words[1] == second;
}
