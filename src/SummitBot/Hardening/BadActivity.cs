namespace SummitBot.Hardening;

/// <summary>
/// Which exceptions escaping the Bot Framework adapter mean "this activity is malformed" rather than "the bot is broken".
/// The adapter returns 400 only for a body it cannot deserialize at all; an activity that deserializes but lacks what
/// the SDK needs (a usable serviceUrl, a conversation, …) throws from deep inside it instead.
/// </summary>
internal static class BadActivity
{
    public static bool IsCausedByInput(Exception exception) => exception switch
    {
        Newtonsoft.Json.JsonException => true,
        System.Text.Json.JsonException => true,
        ArgumentException => true, // ArgumentNullException for a missing field, ArgumentException for a bad value
        UriFormatException => true,
        FormatException => true,
        Microsoft.Rest.ValidationException => true, // the connector client's check of the reply's ids
        _ => false,
    };
}
