using System.Text.Json;

namespace SummitBot.Hardening;

/// <summary>Error bodies of the bot's endpoints, shaped as Direct Line shapes them: <c>{"error": {"code", "message"}}</c>.</summary>
internal static class BotRequestErrors
{
    public static Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = JsonSerializer.SerializeToUtf8Bytes(new { error = new { code, message } });
        return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }
}
