using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Lina Berg, a deputy chair of the ruling Green Alliance, warned that ...": an organisation named after "of" (with
/// "the" and a describing word or two) is what a role belongs to, told in an apposition of the one who speaks; it
/// does not speak itself. The reading of quotes may still give it as the speaker, being the name nearest the verb.
/// </summary>
internal static class OwnerOfRole
{
    /// <summary>How much of its fit a speaker keeps that the sentence names only as what a role is of.</summary>
    public const double Weight = 0.3;

    /// <summary>How many describing words may stand between "the" and the name ("the ruling", "the newly formed").</summary>
    private const int Reach = 2;

    /// <summary>Whether every mention of the organisation <paramref name="speaker"/> before the quote follows "of".</summary>
    public static bool Is(Passage passage, string speaker, int quoteStart)
    {
        var named = passage.Of(AnnotationKind.Organization).Where(o => o.Value == speaker && o.End <= quoteStart).ToList();
        return named.Count > 0 && named.All(o => AfterOf(passage, o.Start));
    }

    private static bool AfterOf(Passage passage, int start)
    {
        var tokens = passage.Analysis.Tokens;
        var k = tokens.FindIndex(t => t.Start >= start) - 1;
        var described = 0;
        while (k >= 0 && tokens[k].IsWord && !tokens[k].IsCapitalized && tokens[k].Text is not ("of" or "the") && described < Reach)
        {
            described++;
            k--;
        }

        if (k >= 0 && tokens[k].Text == "the")
        {
            k--;
        }

        return k >= 0 && tokens[k].Text == "of";
    }
}
