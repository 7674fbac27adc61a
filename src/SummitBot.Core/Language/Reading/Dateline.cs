namespace SummitBot.Language.Reading;

/// <summary>"SEOUL, Aug. 25 - North Korea fired ...", "OSLO (Agency) - ...": the dateline that opens a story, up to its dash.</summary>
public static class Dateline
{
    /// <summary>How many tokens a dateline may run to its dash ("SUWON , South Korea , Nov. 15 -").</summary>
    private const int Reach = 10;

    /// <summary>
    /// The token of the dash that ends a dateline, or -1 if the sentence opens with none. A dateline opens the sentence
    /// with a capitalised place, then a comma ("SEOUL, Aug. 25 -"), the agency in brackets ("BEIJING (Agency) -") or, in
    /// capitals, the dash itself ("OSLO -"); no lower-case word stands before its dash but inside the brackets. An
    /// opening name in ordinary case followed by a dash ("Biegun - who ...") is an aside, not a dateline.
    /// </summary>
    public static int DashAt(List<Token> tokens)
    {
        if (tokens.Count < 3 || !tokens[0].IsCapitalized || !(tokens[1].Text is "," or "(" || IsAllCapitals(tokens[0].Text)))
        {
            return -1;
        }

        var inBrackets = false;
        for (var i = 1; i < tokens.Count && i <= Reach; i++)
        {
            var text = tokens[i].Text;
            inBrackets = text == "(" || (inBrackets && text != ")");
            if (inBrackets || text == ")")
            {
                continue;
            }

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

    /// <summary>
    /// The words of the place a dateline names, up to its comma, brackets or dash ("NEW YORK (Agency) -" gives "NEW
    /// YORK"), or null when the sentence opens with no dateline.
    /// </summary>
    public static string? Place(List<Token> tokens)
    {
        var dash = DashAt(tokens);
        if (dash < 0)
        {
            return null;
        }

        var words = tokens.Take(dash).TakeWhile(t => t.IsWord).Select(t => t.Text).ToList();
        return words.Count > 0 ? string.Join(' ', words) : null;
    }

    private static bool IsAllCapitals(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
