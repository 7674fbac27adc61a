using SummitBot.Answering.Retrieval;
using SummitBot.Language;
using SummitBot.Language.Quantities;
using SummitBot.Language.World;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Who led Portugal in scoring?" and "Silva scored nine goals for Brazil, and Costa added four": a sentence that tallies
/// what its people did for a side ("nine goals for Brazil", "played for Brazil") and never names the side asked is
/// about the other side; its people are not the ones asked, however well the question's other words match. A sentence
/// naming the side asked anywhere ("..., while Sousa scored seven for Portugal") is left to the other checks; "left for
/// Brasília" is a journey, not a side (no count or playing before "for").
/// </summary>
internal static class SideActedFor
{
    /// <summary>Verbs of playing for a side: "played for Brazil".</summary>
    private static readonly HashSet<string> Playing = new(StringComparer.OrdinalIgnoreCase)
    {
        "play", "plays", "played", "playing", "competed", "competes", "competing", "scored", "scores", "scoring",
    };

    /// <summary>Whether the passage tallies what its people did for a place other than <paramref name="sides"/> and names none of them.</summary>
    public static bool OnlyOther(Passage passage, IReadOnlySet<string> sides)
    {
        var tokens = passage.Analysis.Tokens;
        if (sides.Count == 0 || CountriesNamed.Spans(tokens, anyCase: false).Any(s => sides.Contains(s.Country)))
        {
            return false;
        }

        // The side tallied is named by the capitalised words after "for" ("for Brazil", "for the Lakers"), whether or not
        // the reading knows it as a place.
        for (var at = 2; at < tokens.Count; at++)
        {
            if (!tokens[at].IsCapitalized || tokens[at - 1].IsCapitalized || !ForTally(tokens, at))
            {
                continue;
            }

            var end = at;
            while (end + 1 < tokens.Count && tokens[end + 1].IsCapitalized)
            {
                end++;
            }

            var text = passage.Text[tokens[at].Start..tokens[end].End];
            if (!CountriesNamed.ByNameOrDemonym(text).Overlaps(sides) && !CountriesNamed.In(text, anyCase: false).Overlaps(sides))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether "for" (or "for the") stands right before token <paramref name="at"/>, after a count ("six goals", "three") or a verb of playing.</summary>
    private static bool ForTally(List<Token> tokens, int at)
    {
        var @for = at - 1;
        if (tokens[@for].Is("the"))
        {
            @for--;
        }

        if (@for < 1 || !tokens[@for].Is("for"))
        {
            return false;
        }

        bool Count(int i) => i >= 0 && (tokens[i].Kind == TokenKind.Number || NumberWords.Value(tokens[i].Text) is not null);
        var before = tokens[@for - 1];
        return Count(@for - 1) || (before.IsWord && Count(@for - 2)) || Playing.Contains(before.Text);
    }
}
