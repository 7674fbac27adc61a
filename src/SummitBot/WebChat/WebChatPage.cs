using Microsoft.Bot.Schema;
using SummitBot.Channels.DirectLine;

namespace SummitBot.WebChat;

/// <summary>
/// The page at <c>GET /</c>: Bot Framework Web Chat on the built-in Direct Line. The page gets its token from
/// <c>POST /api/directline/token</c>, which this server makes with its secret, so the secret never reaches a browser.
/// Web Chat's bundle (<c>webchat/webchat.js</c>) is served from the bot's own folder, where the build copies it.
/// </summary>
public static class WebChatPage
{
    /// <summary>Where the build puts the bundle, relative to the bot's binaries (see SummitBot.csproj).</summary>
    internal const string BundlePath = "webchat/webchat.js";

    private static readonly Lazy<string> Html = new(() =>
    {
        using var stream = typeof(WebChatPage).Assembly.GetManifestResourceStream("SummitBot.WebChat.index.html")
            ?? throw new InvalidOperationException("The Web Chat page is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>Maps the page, its bundle and its token endpoint. Needs the built-in Direct Line (<c>AddDirectLine</c>).</summary>
    public static WebApplication MapWebChat(this WebApplication endpoints)
    {
        endpoints.MapGet("/", (HttpResponse response) =>
        {
            response.Headers.CacheControl = "no-cache";
            response.Headers.XContentTypeOptions = "nosniff";
            return Results.Content(Html.Value, "text/html; charset=utf-8");
        });

        endpoints.MapGet("/" + BundlePath, (HttpResponse response) =>
        {
            var file = Path.Combine(AppContext.BaseDirectory, BundlePath);
            if (!File.Exists(file))
            {
                return Results.Problem(
                    "Web Chat's bundle was not built with the bot: run \"npm ci\" in src/SummitBot/WebChat (the build does it when npm is available).",
                    statusCode: StatusCodes.Status404NotFound);
            }

            response.Headers.CacheControl = "public, max-age=3600";
            response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(file, "text/javascript; charset=utf-8", enableRangeProcessing: false);
        });

        endpoints.MapPost("/api/directline/token", (HttpResponse response, DirectLineService directLine) =>
        {
            // Each page load is a new anonymous user with their own conversation; the token binds both.
            var user = new ChannelAccount("dl_" + Guid.NewGuid().ToString("N"), "You", RoleTypes.User);
            var token = directLine.GenerateToken(user);
            response.Headers.CacheControl = "no-store";
            return DirectLineJson.Result(new
            {
                conversationId = token.ConversationId,
                token = token.Token,
                expires_in = token.ExpiresIn,
                userId = user.Id,
            });
        });
        return endpoints;
    }
}
