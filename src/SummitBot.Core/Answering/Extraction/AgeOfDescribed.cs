using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "How old is the ferry pilot?" and "said Ilse Varga, 38, a ferry pilot who ...", or "The pilot, Ilse Varga, 38,
/// said ...": a question that names no one but describes a person by what they are asks the age of the one the sentence
/// describes so, in the apposition right after the age or just before the name it follows.
/// </summary>
internal static class AgeOfDescribed
{
    /// <summary>The fit of an age found by the description rather than the name: the description may fit others too.</summary>
    public const double Fit = 0.9;

    /// <summary>The most words of an apposition read.</summary>
    private const int Longest = 6;

    /// <summary>Whether an apposition beside the age or its name holds every content word the question describes the person by.</summary>
    public static bool Describes(QuestionReading question, Passage passage, Annotation age)
    {
        var described = question.Terms.Where(t => t.Role == TermRole.Content).ToList();
        var tokens = passage.Analysis.Tokens;
        var at = tokens.FindIndex(t => t.Start >= age.Start);
        if (described.Count == 0 || at < 0)
        {
            return false;
        }

        var stems = passage.Analysis.TokenStems;
        var words = After(tokens, at).Concat(BeforeName(tokens, at)).ToList();
        return described.All(t => words.Any(k => t.IsIn(stems[k])));
    }

    /// <summary>"52, a seafood importer who ...": the words after the age's comma to the next break.</summary>
    private static List<int> After(List<Token> tokens, int at) =>
        at + 2 < tokens.Count && tokens[at + 1].Text == "," ? Phrase(tokens, at + 2, 1) : [];

    /// <summary>"The captain, Nam Gi-cheol, 47": the words before the name's comma, back to a break.</summary>
    private static List<int> BeforeName(List<Token> tokens, int at)
    {
        var k = at - 1;
        if (k < 1 || tokens[k].Text != ",")
        {
            return [];
        }

        k--;
        while (k >= 0 && (tokens[k].IsCapitalized || tokens[k].Text == "-"))
        {
            k--;
        }

        return k >= 1 && tokens[k].Text == "," ? Phrase(tokens, k - 1, -1) : [];
    }

    /// <summary>The words from <paramref name="from"/> in the direction <paramref name="step"/> up to a break.</summary>
    private static List<int> Phrase(List<Token> tokens, int from, int step)
    {
        var words = new List<int>();
        for (var k = from; k >= 0 && k < tokens.Count && words.Count < Longest && tokens[k].IsWord
            && tokens[k].Text.ToLowerInvariant() is not ("who" or "which" or "that" or "said" or "says"); k += step)
        {
            words.Add(k);
        }

        return words;
    }
}
