namespace SummitBot.Answering;

/// <summary>Shows a curator why the bot answers a question as it does: its reading, the candidates with their evidence, and the threshold.</summary>
public interface IAnswerExplainer
{
    /// <summary>A plain-text report of how <paramref name="question"/> is answered (or declined).</summary>
    string Explain(string question, FollowUpContext context);
}
