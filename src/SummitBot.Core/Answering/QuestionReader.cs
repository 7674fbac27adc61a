using System.Text.RegularExpressions;

namespace SummitBot.Answering;

/// <summary>
/// Reads a normalized question: mends spelling, works out what kind of answer it wants, which entities it names
/// (with ordinals and tense), whether it leans on the conversation (pronouns, "and where?"), and its content terms.
/// </summary>
internal static partial class QuestionReader
{
    public static (ParsedQuestion Question, string CorrectedText) Read(string text, AnsweringModel model)
    {
        var corrected = WordPattern().Replace(text, match =>
        {
            var lower = match.Value.ToLowerInvariant();
            if (QuestionWords.Casual.TryGetValue(lower, out var casual))
            {
                return casual;
            }

            var fixedWord = model.Speller.Correct(lower);
            return ReferenceEquals(fixedWord, lower) || fixedWord == lower ? match.Value : fixedWord;
        });

        var words = AnsweringModel.Words(corrected).Select(Plain).ToList();
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
            else if (next is not null && next.EntityIds.Any(id => model.Knowledge.Entities[id].IsEvent) || (i + 1 < stems.Count && model.MeetingStems.Contains(stems[i + 1])))
            {
                ordinal = n;
                consumed[i] = true;
            }
        }

        var content = new List<string>();
        for (var i = 0; i < stems.Count; i++)
        {
            if (!model.FrameStems.Contains(stems[i]) && !(consumed[i] && mentions.All(m => i < m.Start || i >= m.End)))
            {
                content.Add(stems[i]);
            }
        }

        var (asks, outright) = KindOf(words);
        var future = words.Any(QuestionWords.Future.Contains) || text.Contains("'ll", StringComparison.Ordinal);
        var past = words.Any(QuestionWords.Past.Contains);
        var elliptical = words.Count > 0 && (words[0] is "and" or "also" or "same" || StartsWith(words, "what", "about") || StartsWith(words, "how", "about"))
            || (!outright && mentions.Count > 0 && !words.Any(QuestionWords.Asking.Contains) && words.Count(w => !QuestionWords.Frame.Contains(w)) <= 3);

        return (new ParsedQuestion(
            asks,
            outright,
            mentions,
            content,
            ordinal,
            ordinalOfLastTopic,
            future == past ? null : future,
            words.Any(QuestionWords.PersonPronouns.Contains),
            words.Any(QuestionWords.ThingPronouns.Contains),
            elliptical,
            stems.Any(model.MeetingStems.Contains),
            outright || words.Any(QuestionWords.Asking.Contains) || text.TrimEnd().EndsWith('?')), corrected);
    }

    /// <summary>What kind of answer the words ask for, and whether they say so outright.</summary>
    internal static (AskedFor Asks, bool Outright) KindOf(IReadOnlyList<string> words)
    {
        bool Has(string word) => words.Contains(word);
        bool HasPair(string first, string second) => Enumerable.Range(0, Math.Max(0, words.Count - 1)).Any(i => words[i] == first && words[i + 1] == second);

        var whAt = words.ToList().FindIndex(w => w is "what" or "which");
        if (Has("why") || HasPair("how", "come") || (whAt >= 0 && words.Skip(whAt + 1).Take(3).Any(w => w is "reason" or "purpose")))
        {
            return (AskedFor.Reason, true);
        }

        if (HasPair("how", "many") || HasPair("how", "much") || HasPair("number", "of"))
        {
            return (AskedFor.Number, true);
        }

        var whoAt = words.ToList().FindIndex(w => w is "who" or "whom");
        if ((whoAt >= 0 && words.Skip(whoAt + 1).Any(QuestionWords.SayVerbs.Contains)) || HasPair("according", "to") && Has("whom") || HasPair("whose", "words"))
        {
            return (AskedFor.Speaker, true);
        }

        if (Has("when") || HasPair("how", "long") || HasPair("how", "soon"))
        {
            return (AskedFor.Date, true);
        }

        if (Has("where"))
        {
            return (AskedFor.Place, true);
        }

        if (whAt >= 0)
        {
            foreach (var word in words.Skip(whAt + 1).Take(2))
            {
                if (QuestionWords.KindNouns.TryGetValue(word, out var kind))
                {
                    return (kind, true);
                }
            }
        }

        if (whoAt >= 0 || Has("whose"))
        {
            return (AskedFor.Person, true);
        }

        if (whAt >= 0 && words.Any(QuestionWords.SayVerbs.Contains))
        {
            return (AskedFor.Quote, true);
        }

        foreach (var word in words)
        {
            if (QuestionWords.KindNouns.TryGetValue(word, out var kind))
            {
                return (kind, true);
            }
        }

        return words.Any(QuestionWords.SayVerbs.Contains) ? (AskedFor.Quote, true) : (AskedFor.What, false);
    }

    /// <summary>"what's" → "what", "he'll" → "he": the word without its clitic.</summary>
    private static string Plain(string word)
    {
        var apostrophe = word.IndexOfAny(['\'', '\u2019']);
        return apostrophe > 0 ? word[..apostrophe] : word;
    }

    private static bool StartsWith(List<string> words, string first, string second) =>
        words.Count >= 2 && words[0] == first && words[1] == second;

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
