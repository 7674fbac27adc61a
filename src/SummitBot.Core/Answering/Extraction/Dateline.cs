using SummitBot.Language;

namespace SummitBot.Answering.Extraction;

/// <summary>"SEOUL, Aug. 25 - North Korea fired ...": the dateline that opens a story, up to its dash.</summary>
internal static class Dateline
{
    /// <summary>How many tokens a dateline may run to its dash ("SUWON , South Korea , Nov. 15 -").</summary>
    private const int Reach = 10;

    /// <summary>
    /// The token of the dash that ends a dateline with a comma in it: near the sentence's start, after a capitalised
    /// opening word and a comma, with no lower-case word before it; -1 if the sentence opens with none.
    /// </summary>
    public static int DashAt(List<Token> tokens)
    {
        if (tokens.Count < 4 || !tokens[0].IsCapitalized || tokens[1].Text != ",")
        {
            return -1;
        }

        for (var i = 2; i < tokens.Count && i <= Reach; i++)
        {
            var text = tokens[i].Text;
            if (text is "-" or "--" or "\u2014" or "\u2013")
            {
                return i;
            }

            if (tokens[i].IsWord && char.IsLower(text[0]))
            {
                return -1;
            }
        }

        return -1;
    }
}
