using SummitBot.Answering.Retrieval;
using SummitBot.Language;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "stayed at the team's lodge, the Fjellstua," : a place said by a noun of its kind and then named in an apposition
/// right after it. The name is the answer where the place is asked: it says which place, where the noun only says what
/// kind of place it was.
/// </summary>
internal static class NameOfPlacePhrase
{
    /// <summary>The most words the name may have.</summary>
    private const int NameWords = 4;

    /// <summary>
    /// The name (as character offsets) set off by a comma right after the phrase whose tokens end before
    /// <paramref name="end"/>: ", the Fjellstua," or ", Fjellstua." closed by a comma or a stop. Null when none is, or
    /// when the words are a person's name (with no "the") or a place the reader found on its own (that place is a
    /// candidate already).
    /// </summary>
    public static (int Start, int End)? After(Passage passage, List<Token> tokens, int end)
    {
        if (end + 1 >= tokens.Count || tokens[end].Text != ",")
        {
            return null;
        }

        var article = tokens[end + 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase);
        var start = end + 1 + (article ? 1 : 0);
        var stop = start;
        while (stop < tokens.Count && stop - start < NameWords && tokens[stop].IsWord && tokens[stop].IsCapitalized)
        {
            stop++;
        }

        if (stop == start || (stop < tokens.Count && tokens[stop].Text is not ("," or "." or ";")))
        {
            return null;
        }

        var from = tokens[start].Start;
        var to = tokens[stop - 1].End;
        // A person is never named with "the": the reader may take two capitalised words for a person's name, but
        // ", the Fjellstua Lodge," names a thing.
        return (!article && Named(passage, from, to, AnnotationKind.Person)) || Named(passage, from, to, AnnotationKind.Place) ? null : (from, to);
    }

    private static bool Named(Passage passage, int from, int to, AnnotationKind kind) =>
        passage.Of(kind).Any(a => a.Start < to && a.End > from);
}
