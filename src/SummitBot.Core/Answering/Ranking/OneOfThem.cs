using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Who was the other official at the table?" asks for the one not yet known. A sentence that says someone "was one of
/// only two officials who sat at the table" gives the one, not the other: unless it names another, it cannot answer.
/// </summary>
internal static class OneOfThem
{
    /// <summary>How many words after "one of" the group's noun may stand ("one of only two senior officials").</summary>
    private const int Reach = 5;

    /// <summary>Why the passage cannot answer "the other ...", or null.</summary>
    public static string? Veto(QuestionReading question, Passage passage)
    {
        if (question.OtherOf is not { } noun)
        {
            return null;
        }

        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!tokens[i].Text.Equals("one", StringComparison.OrdinalIgnoreCase) || !tokens[i + 1].Text.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            for (var k = i + 2; k < tokens.Count && k <= i + 1 + Reach; k++)
            {
                if (noun.IsIn(stems[k]))
                {
                    return $"says who is one of the {noun.Word}s, not the other";
                }
            }
        }

        return null;
    }
}
