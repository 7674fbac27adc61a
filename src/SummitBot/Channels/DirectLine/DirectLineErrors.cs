namespace SummitBot.Channels.DirectLine;

/// <summary>Errors shaped as Direct Line's: <c>{"error": {"code", "message"}}</c>, with its codes.</summary>
internal static class DirectLineErrors
{
    public static IResult Error(int status, string code, string message) =>
        DirectLineJson.Result(new { error = new { code, message } }, status);

    public static IResult MissingCredential() =>
        Error(StatusCodes.Status401Unauthorized, "BadArgument", "Send the Direct Line secret or a token as 'Authorization: Bearer …'.");

    public static IResult BadCredential() =>
        Error(StatusCodes.Status401Unauthorized, "BadArgument", "The secret or token is not valid.");

    public static IResult TokenExpired() =>
        Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.");

    public static IResult Forbidden(string message) =>
        Error(StatusCodes.Status403Forbidden, "BadArgument", message);

    public static IResult ConversationNotFound() =>
        Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found.");

    public static IResult BadSyntax(string message) =>
        Error(StatusCodes.Status400BadRequest, "BadSyntax", message);

    public static IResult BadArgument(string message) =>
        Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult MissingProperty(string message) =>
        Error(StatusCodes.Status400BadRequest, "MissingProperty", message);

    public static IResult TooBig(int limit) =>
        Error(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"The activity is larger than {limit} bytes.");

    public static IResult BotRejected() =>
        Error(StatusCodes.Status502BadGateway, "BotRejectedActivity", "The bot failed to process the activity.");

    public static IResult Unavailable() =>
        Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "Direct Line is unavailable just now; please try again in a moment.");

    public static IResult BotTimeout() =>
        Error(StatusCodes.Status502BadGateway, "BotTimeout", "The bot did not answer in time.");
}
