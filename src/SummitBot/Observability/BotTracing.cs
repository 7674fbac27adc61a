using System.Diagnostics;

namespace SummitBot.Observability;

/// <summary>The bot's own trace source, <c>SummitBot</c>: one span per turn, under the HTTP request's span.</summary>
public static class BotTracing
{
    public const string SourceName = "SummitBot";

    internal static readonly ActivitySource Source = new(SourceName);
}
