using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "What is the name of the Czech puppet opera?" of "a Czech puppet opera and a Danish ballet opened the Vienna
/// State Opera's season": the name holds the question's noun ("Opera"), but the sentence says that noun again outside
/// the name with the question's other words before it ("a Czech puppet opera"), so the thing asked is that one, left
/// unnamed; the name is another thing that shares a word with it.
/// </summary>
internal static class DescribedOutside
{
    /// <summary>How many words before the noun its describing words may stand ("a Czech puppet opera").</summary>
    private const int Reach = 3;

    /// <summary>Whether a word of the name <paramref name="start"/>..<paramref name="end"/> is said outside it with other asked words just before it.</summary>
    public static bool Elsewhere(List<QuestionTerm> asked, List<Language.Token> tokens, IReadOnlyList<string[]> stems, int start, int end)
    {
        var inName = asked.Where(t => Enumerable.Range(start, end - start).Any(k => stems[k].Contains(t.Stem))).ToList();
        var others = asked.Except(inName).ToList();
        if (inName.Count == 0 || others.Count == 0)
        {
            return false;
        }

        for (var j = 0; j < tokens.Count; j++)
        {
            if ((j >= start && j < end) || !tokens[j].IsWord || !inName.Any(t => stems[j].Contains(t.Stem)))
            {
                continue;
            }

            var from = Math.Max(0, j - Reach);
            if (Enumerable.Range(from, j - from).Any(k => (k < start || k >= end) && tokens[k].IsWord && others.Any(t => stems[k].Contains(t.Stem))))
            {
                return true;
            }
        }

        return false;
    }
}
