namespace SummitBot.Answering;

/// <summary>What a passage tells of the deed a yes/no question asks: nothing of it, the deed done, or the deed denied.</summary>
internal enum DeedTelling
{
    Neither,
    Done,
    Denied,
}
