using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language;
using SummitBot.Language.Reading;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "The choir sings in Lyon on Monday, in the town of Dijon on Thursday and at the abbey, its old home, two days
/// later": a list of items, each opened by a preposition after a comma or "and", pairs each place with its date. Asked
/// "where does the choir sing on Thursday?" or "when does it sing at the abbey?", the answer is the partner standing in
/// the item that holds the asked word, never another item's. A candidate whose item holds none of the question's words
/// while another item of the list holds some is another item's partner and is marked down; when the asked item has no
/// partner of the kind asked, nothing is left and the bot declines. Only a list each of whose items tells a date is
/// one of pairs ("interviewed by agents, in May and again in November" is a deed and its times, no such list).
/// </summary>
internal static class PartnerOfOtherItem
{
    /// <summary>How much of its fit a place or date keeps that is paired with another item of the list than the one asked.</summary>
    private const double OtherItem = 0.2;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type is not (AnswerType.Date or AnswerType.Place or AnswerType.ClockTime) || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var at = tokens.FindIndex(t => t.Start >= candidate.Start);
        var items = Items(tokens);
        var own = items.FindIndex(r => at >= r.From && at < r.To);
        var dated = passage.Of(AnnotationKind.Date).Select(d => tokens.FindIndex(t => t.Start >= d.Start)).ToList();
        if (at < 0 || items.Count < 2 || own < 0 || !items.All(r => dated.Any(k => k >= r.From && k < r.To)))
        {
            return 1.0;
        }

        var stems = passage.Analysis.TokenStems;
        bool Asked(int i) => tokens[i].IsWord && !CommonWords.IsFunctionWord(tokens[i].Text)
            && question.Terms.Any(t => t.Role is TermRole.Content or TermRole.Event or TermRole.Name && t.IsIn(stems[i]));
        bool Holds((int From, int To) item) => Enumerable.Range(item.From, item.To - item.From).Any(Asked);
        return !Holds(items[own]) && items.Where((_, k) => k != own).Any(Holds) ? OtherItem : 1.0;
    }

    /// <summary>
    /// The items [From, To) of the sentence's list: each later item opens with a preposition right after a comma or
    /// "and" and runs to the next; the first opens at the earliest preposition of the clause before the second. Empty
    /// when the sentence holds no such list.
    /// </summary>
    private static List<(int From, int To)> Items(List<Token> tokens)
    {
        var starts = new List<int>();
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && CommonWords.IsPreposition(tokens[i].Text) && (tokens[i - 1].Text == "," || tokens[i - 1].Is("and")))
            {
                starts.Add(i);
            }
        }

        if (starts.Count == 0)
        {
            return [];
        }

        var clauseEnd = tokens[starts[0] - 1].Is("and") && starts[0] >= 2 && tokens[starts[0] - 2].Text == "," ? starts[0] - 2 : starts[0] - 1;
        var clauseStart = clauseEnd;
        while (clauseStart > 0 && tokens[clauseStart - 1].Text is not ("," or ";" or ":"))
        {
            clauseStart--;
        }

        var first = Enumerable.Range(clauseStart, clauseEnd - clauseStart).FirstOrDefault(i => tokens[i].IsWord && CommonWords.IsPreposition(tokens[i].Text), -1);
        if (first < 0)
        {
            return [];
        }

        starts.Insert(0, first);
        return starts.Select((s, k) => (s, k + 1 < starts.Count ? starts[k + 1] : tokens.Count)).ToList();
    }
}
