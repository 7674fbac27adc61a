namespace SummitBot.State;

/// <summary>
/// The conversation-state store cannot be reached now: a call failed or timed out, or the store's circuit is open after
/// such a failure (<see cref="StoreCircuit"/>), so the call was not even tried. What the bot does without state is up
/// to the caller: answer without the conversation's context, remember a retry in this process only.
/// </summary>
public sealed class StateUnavailableException : Exception
{
    public StateUnavailableException()
        : this("The conversation-state store is unavailable.")
    {
    }

    public StateUnavailableException(string message)
        : base(message)
    {
    }

    public StateUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
