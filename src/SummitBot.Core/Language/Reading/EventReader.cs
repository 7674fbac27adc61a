using SummitBot.Language.Quantities;
using SummitBot.Language.Words;

namespace SummitBot.Language.Reading;

/// <summary>
/// Finds event nouns with what qualifies them ("their first historic summit in Singapore", "the Hanoi summit", "the
/// second meeting between ...") and, for a bare one ("the summit"), the event it refers back to: the last one of the
/// same kind that opened a sentence, else the last one, else the one in the headline. Its qualifiers become the
/// sentence's context, so "where is the second summit" finds "The summit will take place in Hanoi".
/// "X will be the second meeting ..." gives X the qualifiers of what it is said to be.
/// </summary>
internal sealed class EventReader
{
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "this", "that", "a", "an", "their", "his", "her", "its", "next", "upcoming" };

    private readonly List<Event> _events = [];

    private sealed record Event(string Noun, List<string> Qualifiers, bool OpensSentence, int Sentence);

    public void ReadHeadline(string headline)
    {
        var tokens = Tokenizer.Tokenize(headline);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && EventWords.IsEventNoun(tokens[i].Text))
            {
                _events.Add(new Event(Noun(tokens[i].Text), Qualifiers(tokens, i), OpensSentence: true, Sentence: -1));
            }
        }
    }

    public void Read(ReadSentence sentence)
    {
        var counted = sentence.Annotations.Where(a => a.Kind == AnnotationKind.Quantity).Select(a => a.Start).ToHashSet();
        var tokens = sentence.Tokens;
        Event? subject = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !EventWords.IsEventNoun(tokens[i].Text) || tokens[i].IsCapitalized && i > 0)
            {
                continue;
            }

            var qualifiers = Qualifiers(tokens, i, counted);
            qualifiers.AddRange(After(sentence, i));
            var noun = Noun(tokens[i].Text);
            var opens = IsSubject(tokens, i);
            if (qualifiers.Count == 0 && i > 0 && tokens[i - 1].Text is "the" or "The" or "this" or "This" or "that" && Antecedent(noun) is { } earlier)
            {
                sentence.Context.AddRange(earlier.Qualifiers);
                qualifiers.AddRange(earlier.Qualifiers);
            }

            var current = new Event(noun, qualifiers, opens, sentence.Ordinal);
            if (subject is not null && IsCopula(tokens, i))
            {
                // "The upcoming summit will be the second meeting between ...": the subject is also what it is said to be.
                subject.Qualifiers.AddRange(qualifiers.Where(q => !subject.Qualifiers.Contains(q)));
            }

            subject ??= opens ? current : null;
            _events.Add(current);
            sentence.Annotate(AnnotationKind.Event, Math.Max(0, i - 3), i + 1, noun, string.Join(' ', qualifiers));
        }
    }

    private Event? Antecedent(string noun) =>
        _events.LastOrDefault(e => e.Noun == noun && e.OpensSentence && e.Qualifiers.Count > 0)
        ?? _events.LastOrDefault(e => e.Noun == noun && e.Qualifiers.Count > 0);

    /// <summary>The words before the noun that qualify it: ordinals, years, names, places, "upcoming", "Trump-Kim".</summary>
    private static List<string> Qualifiers(List<Token> tokens, int noun, HashSet<int>? counted = null)
    {
        var qualifiers = new List<string>();
        for (var k = noun - 1; k >= Math.Max(0, noun - 4); k--)
        {
            var t = tokens[k];
            if (t.Text is "-" or "\u2013" || t.Kind == TokenKind.Possessive)
            {
                continue;
            }

            if (counted?.Contains(t.Start) == true || !t.IsWord && t.Kind != TokenKind.Number || Determiners.Contains(t.Text) || CommonWords.IsFunctionWord(t.Text) && NumberWords.Ordinal(t.Text) is null && t.Text is not ("last" or "next" or "first" or "second" or "third"))
            {
                break;
            }

            qualifiers.Add(t.Text.ToLowerInvariant());
        }

        qualifiers.Reverse();
        return qualifiers;
    }

    /// <summary>"summit in Singapore", "talks in Stockholm": a place right after the noun qualifies it too.</summary>
    private static IEnumerable<string> After(ReadSentence sentence, int noun)
    {
        var tokens = sentence.Tokens;
        if (noun + 2 >= tokens.Count || tokens[noun + 1].Text is not ("in" or "at"))
        {
            yield break;
        }

        var placeStart = tokens[noun + 2].Start;
        foreach (var place in sentence.Annotations.Where(a => a.Kind == AnnotationKind.Place && a.Start == placeStart))
        {
            yield return place.TextIn(sentence.Text).ToLowerInvariant();

            // "... in Singapore on June 12, 2018": the date that follows is the event's too.
            var after = sentence.Text.AsSpan(place.End).TrimStart();
            if (after.StartsWith("on ", StringComparison.Ordinal) || after.StartsWith("in ", StringComparison.Ordinal))
            {
                var dateStart = sentence.Text.Length - after.Length + 3;
                foreach (var date in sentence.Annotations.Where(a => a.Kind == AnnotationKind.Date && a.Start == dateStart))
                {
                    yield return date.TextIn(sentence.Text).ToLowerInvariant();
                }
            }
        }
    }

    private static bool IsSubject(List<Token> tokens, int noun)
    {
        for (var k = 0; k < noun; k++)
        {
            if (tokens[k].Text is "," || (tokens[k].IsWord && !Determiners.Contains(tokens[k].Text) && !CommonWords.IsFunctionWord(tokens[k].Text) && k < noun - 4))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCopula(List<Token> tokens, int noun)
    {
        for (var k = Math.Max(0, noun - 6); k < noun; k++)
        {
            if (tokens[k].Text is "be" or "is" or "was" or "will")
            {
                return true;
            }
        }

        return false;
    }

    private static string Noun(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower is "talks" or "negotiations" or "discussions" or "consultations" || lower.EndsWith("ss", StringComparison.Ordinal) || !lower.EndsWith('s')
            ? lower
            : lower[..^1];
    }
}
