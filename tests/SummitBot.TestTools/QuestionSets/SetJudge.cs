namespace SummitBot.TestTools.QuestionSets;

/// <summary>
/// Judges a reply to a set's case: right when the answer's own text (not its sources) has every expected word and a
/// cited sentence has each expected run of words; declined cases must cite nothing. Quotes and apostrophes are compared
/// plain, case is ignored.
/// </summary>
public static class SetJudge
{
    public static Verdict Judge(SetCase c, SetReply reply)
    {
        if (c.Declines)
        {
            return reply.Cited.Count == 0 ? Verdict.RightlyDeclined : Verdict.WronglyAnswered;
        }

        if (reply.Cited.Count == 0)
        {
            return Verdict.Declined;
        }

        // Every sentence cited must be one the case expects; a message with two questions may leave one declined.
        bool Expected(string sentence) => c.Cites.Any(run => Plain(sentence).Contains(Plain(run), StringComparison.OrdinalIgnoreCase));
        if (!reply.Cited.All(Expected))
        {
            return Verdict.WrongPassage;
        }

        if (!c.Cites.All(run => reply.Cited.Any(sentence => Plain(sentence).Contains(Plain(run), StringComparison.OrdinalIgnoreCase))))
        {
            return Verdict.Declined;
        }

        return c.Answer.All(word => Plain(reply.Answer).Contains(Plain(word), StringComparison.OrdinalIgnoreCase)) ? Verdict.Right : Verdict.WrongAnswer;
    }

    private static string Plain(string text) =>
        text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u00A0', ' ');
}
