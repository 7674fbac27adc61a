using SummitBot.Language.Relations;

namespace SummitBot.Language.Reading;

/// <summary>
/// "... handed two fishermen back to the North ... The men, aged 22 and 23, were blindfolded": a sentence that opens on
/// "the" (or "both") and a plural noun of persons, naming no one, goes on about the people the sentence before counted.
/// The first count of persons there, its number with its noun ("two North Korean fishermen"), is put in the
/// sentence's context, as the person a pronoun means is: the words it means without saying them; and the noun is
/// marked as standing for them (<see cref="AnnotationKind.Group"/>), so its words are near what the sentence says of
/// them. A sentence before
/// that counts no persons gives nothing, and people named there are the reference pass's (<see cref="ReferenceReader"/>).
/// </summary>
internal static class GroupReference
{
    /// <summary>Nouns of a group of people that refer back to them as "the men" does.</summary>
    private static readonly HashSet<string> GroupNouns = new(StringComparer.OrdinalIgnoreCase) { "pair", "couple", "trio", "duo" };

    public static void Read(ReadSentence sentence, ReadSentence? previous)
    {
        var tokens = sentence.Tokens;
        if (previous is null || tokens.Count < 3 || tokens[0].Text is not ("The" or "Both"))
        {
            return;
        }

        // "The two men", "The men", "The pair": a number word may stand before the noun.
        var noun = tokens[1].Kind == TokenKind.Number || Quantities.NumberWords.Value(tokens[1].Text.ToLowerInvariant()) is not null ? 2 : 1;
        if (noun >= tokens.Count || !tokens[noun].IsWord || tokens[noun].IsCapitalized || !IsGroupOfPersons(tokens[noun].Text)
            || sentence.Annotations.Any(a => a.Kind == AnnotationKind.Person && a.Start < tokens[noun].End + 2)
            || previous.Annotations.Any(a => a.Kind == AnnotationKind.Person && !a.Detail.Equals(Annotation.ReferenceDetail, StringComparison.Ordinal)))
        {
            return;
        }

        foreach (var count in previous.Annotations.Where(a => a.Kind == AnnotationKind.Quantity && a.Detail.StartsWith("count:", StringComparison.Ordinal)).OrderBy(a => a.Start))
        {
            var counted = count.Detail["count:".Length..];
            var head = counted.Split(' ')[^1];
            if (counted.Length == 0 || !IsPersonNoun(head))
            {
                continue;
            }

            var at = previous.Text.IndexOf(counted, count.End, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && at - count.End <= 2)
            {
                var group = previous.Text[count.Start..(at + counted.Length)];
                sentence.Context.Add(group);
                sentence.Annotate(AnnotationKind.Group, 0, noun + 1, group);
            }

            return;
        }
    }

    /// <summary>A plural noun of a kind of person ("men", "fishermen", "students") or of a group of people ("pair").</summary>
    private static bool IsGroupOfPersons(string word) =>
        GroupNouns.Contains(word) || ((word.EndsWith('s') || word.EndsWith("men", StringComparison.OrdinalIgnoreCase) || word.Equals("people", StringComparison.OrdinalIgnoreCase)) && IsPersonNoun(word));

    /// <summary>A noun of a kind of person, in the plural too: "fishermen" as "fisherman", which the lexicon lists alone.</summary>
    private static bool IsPersonNoun(string word) =>
        PersonNouns.Is(word) || (word.EndsWith("men", StringComparison.OrdinalIgnoreCase) && word.Length > 3 && PersonNouns.Is(word[..^3] + "man"));
}
