using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "paid between 1,800 euros and 2,500 euros", "from $2 million to $3 million": two amounts that bound one range are
/// one answer. Either end alone would be wrong: the package did not cost 2,500 euros, it cost up to that.
/// </summary>
internal static class AmountRange
{
    /// <summary>The words that open a range before its low end, each with the word between its ends.</summary>
    private static readonly (string Opens, string Joins)[] Forms = [("between ", " and "), ("from ", " to ")];

    /// <summary>The range <paramref name="quantity"/> opens, from its opening word to the high end; or null.</summary>
    public static (int Start, int End)? Opened(Passage passage, Annotation quantity)
    {
        var text = passage.Text;
        foreach (var (opens, joins) in Forms)
        {
            if (EndsWithWord(text, quantity.Start, opens) is not { } start || string.CompareOrdinal(text, quantity.End, joins, 0, joins.Length) != 0)
            {
                continue;
            }

            foreach (var high in passage.Of(AnnotationKind.Quantity))
            {
                if (high.Start == quantity.End + joins.Length && high.Detail == quantity.Detail)
                {
                    return (start, high.End);
                }
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="quantity"/> is the high end of a range another amount opens: it is answered with that range.</summary>
    public static bool Closes(Passage passage, Annotation quantity) =>
        passage.Of(AnnotationKind.Quantity).Any(q => q.End < quantity.Start && Opened(passage, q) is { } range && range.End == quantity.End);

    /// <summary>Where <paramref name="word"/> (with its space) starts when the text before <paramref name="at"/> ends with it as a whole word.</summary>
    private static int? EndsWithWord(string text, int at, string word)
    {
        var start = at - word.Length;
        return start >= 0 && string.Compare(text, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (start == 0 || !char.IsLetter(text[start - 1])) ? start : null;
    }
}
