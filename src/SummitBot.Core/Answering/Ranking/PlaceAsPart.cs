using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "How many North Koreans work in Russia?" and "about 100,000 North Koreans work abroad, mostly in China and Russia":
/// a count or amount whose sentence names the question's place only as where part of it is ("mostly in ...", "many of
/// them at ...", "including ...") is of the whole, not of that place.
/// </summary>
internal static class PlaceAsPart
{
    /// <summary>How much of its fit a count or amount keeps when the question's name is only where part of it is.</summary>
    private const double Part = 0.2;

    /// <summary>How many words before the name a word saying "part of it" may stand ("mostly in China and Russia").</summary>
    private const int Reach = 4;

    /// <summary>Words that say what follows is where part of a whole is.</summary>
    private static readonly HashSet<string> PartWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "mostly", "mainly", "largely", "chiefly", "primarily", "partly", "including", "especially", "notably", "particularly",
    };

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type is not (AnswerType.Number or AnswerType.Amount) || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        foreach (var term in question.Terms)
        {
            if (term.Role == TermRole.Name && OnlyAsPart(tokens, term.Word.Split(' ')[0]) && !ToldOfThePart(tokens, term.Word.Split(' ')[0], candidate))
            {
                return Part;
            }
        }

        return 1.0;
    }

    /// <summary>
    /// "... built halls in many towns, including the Grand Hall in Lyon, a dome that cost about $9 million": a sum told
    /// after the part is named is told of that part, not of the whole before it.
    /// </summary>
    private static bool ToldOfThePart(List<Language.Token> tokens, string word, AnswerCandidate candidate) =>
        tokens.FindIndex(t => t.Text.Equals(word, StringComparison.OrdinalIgnoreCase)) is >= 0 and var first && tokens[first].End <= candidate.Start;

    /// <summary>Whether the sentence names <paramref name="word"/> and every time only a few words after a word of parts.</summary>
    private static bool OnlyAsPart(List<Language.Token> tokens, string word)
    {
        var seen = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].Text.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!AfterPartWord(tokens, i))
            {
                return false;
            }

            seen = true;
        }

        return seen;
    }

    /// <summary>Words that count a part of those just named: "many of them", "most of whom".</summary>
    private static readonly HashSet<string> PartCounts = new(StringComparer.OrdinalIgnoreCase)
    {
        "many", "some", "most", "several", "few", "half", "dozens", "hundreds", "thousands", "part", "much",
    };

    /// <summary>"mostly in China and Russia", "many of them at Camp Humphreys": a word of parts, or "of them", a few words before.</summary>
    private static bool AfterPartWord(List<Language.Token> tokens, int at)
    {
        if (InPartClause(tokens, at))
        {
            return true;
        }

        for (var k = at - 1; k >= 0 && k >= at - Reach; k--)
        {
            if (PartWords.Contains(tokens[k].Text) || (tokens[k].Text == "them" && k > 0 && tokens[k - 1].Text == "of"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "About 500 nurses work in the city, many of them working night shifts at the General Hospital": everything in a
    /// clause that opens with "many of them" (or "most of whom") is said of that part, however far into it the name is.
    /// </summary>
    private static bool InPartClause(List<Language.Token> tokens, int at)
    {
        for (var k = at - 1; k >= 2; k--)
        {
            if (tokens[k].Text is "," or ";" or ":" or "." || tokens[k].Kind == Language.TokenKind.Quote)
            {
                return false;
            }

            if (tokens[k].Text is "them" or "whom" && tokens[k - 1].Text == "of" && PartCounts.Contains(tokens[k - 2].Text))
            {
                return true;
            }
        }

        return false;
    }
}
