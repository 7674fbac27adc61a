using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using StackExchange.Redis;

namespace SummitBot.Channels.DirectLine;

/// <summary>The Direct Line 3.0 REST calls under <c>/v3/directline</c>, as Azure's service answers them.</summary>
internal static class DirectLineEndpoints
{
    private const int SmallBodyLimit = 16 * 1024;

    public static RouteGroupBuilder Map(IEndpointRouteBuilder endpoints)
    {
        var directLine = endpoints.MapGroup("/v3/directline");
        directLine.MapPost("/tokens/generate", GenerateAsync);
        directLine.MapPost("/tokens/refresh", Refresh);
        directLine.MapPost("/conversations", StartAsync);
        directLine.MapGet("/conversations/{conversationId}", ReconnectAsync);
        directLine.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        directLine.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        directLine.MapGet("/conversations/{conversationId}/stream", DirectLineStream.RunAsync);
        directLine.AddEndpointFilter(UnavailableWithoutRedisAsync);
        return directLine;
    }

    /// <summary>With conversations in Redis, a call made while Redis is unreachable is a 503, not a 500.</summary>
    private static async ValueTask<object?> UnavailableWithoutRedisAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception e) when (e is RedisException or RedisTimeoutException && !context.HttpContext.Response.HasStarted)
        {
            context.HttpContext.RequestServices.GetRequiredService<ILogger<DirectLineService>>()
                .LogWarning("Direct Line call failed: Redis is unavailable ({ExceptionType})", e.GetType().Name);
            return DirectLineErrors.Unavailable();
        }
    }

    private static async Task<IResult> GenerateAsync(HttpRequest request, DirectLineService service, CancellationToken cancellationToken)
    {
        var (credential, error) = DirectLineRequest.Authenticate(request, service.Tokens, conversationId: null);
        if (error is not null)
        {
            return error;
        }

        if (credential!.Kind != CredentialKind.Secret)
        {
            return DirectLineErrors.Forbidden("Generating a token needs the Direct Line secret.");
        }

        var (body, bodyError) = await DirectLineRequest.ReadJsonAsync(request, SmallBodyLimit, optional: true, cancellationToken);
        if (bodyError is not null)
        {
            return bodyError;
        }

        if (!DirectLineJson.TryReadUser(body, out var user))
        {
            return DirectLineErrors.BadArgument("'user' must be an object with a string 'id' (at most 256 characters).");
        }

        return TokenResult(service.GenerateToken(user));
    }

    private static IResult Refresh(HttpRequest request, DirectLineService service)
    {
        var (credential, error) = DirectLineRequest.Authenticate(request, service.Tokens, conversationId: null);
        if (error is not null)
        {
            return error;
        }

        return credential!.Kind == CredentialKind.Token
            ? TokenResult(service.RefreshToken(credential))
            : DirectLineErrors.Forbidden("Only a token can be refreshed.");
    }

    private static async Task<IResult> StartAsync(HttpRequest request, DirectLineService service, CancellationToken cancellationToken)
    {
        var (credential, error) = DirectLineRequest.Authenticate(request, service.Tokens, conversationId: null);
        if (error is not null)
        {
            return error;
        }

        var (body, bodyError) = await DirectLineRequest.ReadJsonAsync(request, SmallBodyLimit, optional: true, cancellationToken);
        if (bodyError is not null)
        {
            return bodyError;
        }

        if (!DirectLineJson.TryReadUser(body, out var user))
        {
            return DirectLineErrors.BadArgument("'user' must be an object with a string 'id' (at most 256 characters).");
        }

        var baseUrl = DirectLineRequest.BaseUrl(request);
        var presented = credential!.Kind == CredentialKind.Token ? request.Headers.Authorization.ToString()["Bearer ".Length..].Trim() : null;
        var (conversation, created, token, expiresIn) = await service.StartAsync(credential, presented, user, baseUrl, cancellationToken);
        return DirectLineJson.Result(
            new
            {
                conversationId = conversation.Id,
                token,
                expires_in = expiresIn,
                streamUrl = service.StreamUrl(baseUrl, conversation, credential.UserId ?? user?.Id, watermark: null),
            },
            created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ReconnectAsync(string conversationId, HttpRequest request, DirectLineService service)
    {
        var (opened, error) = await DirectLineRequest.OpenAsync(request, service, conversationId);
        if (error is not null)
        {
            return error;
        }

        var (credential, conversation, watermark) = opened!;
        await conversation.TouchAsync();
        var baseUrl = DirectLineRequest.BaseUrl(request);
        string token;
        int expiresIn;
        if (credential.Kind == CredentialKind.Token)
        {
            token = request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
            expiresIn = (int)Math.Max(0, (credential.ExpiresAt!.Value - service.Time.GetUtcNow()).TotalSeconds);
        }
        else
        {
            token = service.Tokens.IssueToken(conversation.Id, conversation.StartUser?.Id, conversation.StartUser?.Name);
            expiresIn = service.Tokens.TokenLifetimeSeconds;
        }

        return DirectLineJson.Result(new
        {
            conversationId = conversation.Id,
            token,
            expires_in = expiresIn,
            streamUrl = service.StreamUrl(baseUrl, conversation, credential.UserId, watermark?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        });
    }

    private static async Task<IResult> PostActivityAsync(
        string conversationId, HttpRequest request, DirectLineService service, ILogger<DirectLineService> logger, CancellationToken cancellationToken)
    {
        var (credential, error) = DirectLineRequest.Authenticate(request, service.Tokens, conversationId);
        if (error is not null)
        {
            return error;
        }

        if (await service.Conversations.FindAsync(conversationId) is not { } conversation)
        {
            return DirectLineErrors.ConversationNotFound();
        }

        var (body, bodyError) = await DirectLineRequest.ReadJsonAsync(request, service.Options.MaxActivityBytes, optional: false, cancellationToken);
        if (bodyError is not null)
        {
            return bodyError;
        }

        if (body!["type"] is not JValue { Type: JTokenType.String } type || string.IsNullOrWhiteSpace(type.Value<string>()))
        {
            return DirectLineErrors.MissingProperty("The activity needs a 'type' (e.g. \"message\").");
        }

        var activity = DirectLineJson.ToActivity(body);
        if (activity is null)
        {
            return DirectLineErrors.BadArgument("The activity's fields do not have the types of the Bot Framework activity schema.");
        }

        var from = Sender(credential!, activity, conversation);
        if (from is null)
        {
            return DirectLineErrors.MissingProperty("The activity needs 'from.id' (or a token bound to a user).");
        }

        activity.From = from;
        try
        {
            var id = await service.PostAsync(conversation, activity, DirectLineRequest.BaseUrl(request), cancellationToken);
            return DirectLineJson.Result(new { id });
        }
        catch (TimeoutException)
        {
            logger.LogWarning("Direct Line bot turn timed out in conversation {ConversationId}", conversationId);
            return DirectLineErrors.BotTimeout();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Direct Line bot turn failed in conversation {ConversationId}", conversationId);
            return DirectLineErrors.BotRejected();
        }
    }

    private static async Task<IResult> GetActivitiesAsync(string conversationId, HttpRequest request, DirectLineService service)
    {
        var (opened, error) = await DirectLineRequest.OpenAsync(request, service, conversationId);
        if (error is not null)
        {
            return error;
        }

        var (_, conversation, watermark) = opened!;
        await conversation.TouchAsync();
        var (activities, next) = await conversation.ReadAsync(watermark, service.Options.MaxActivitiesPerGet);
        return DirectLineJson.Result(new { activities, watermark = next });
    }

    /// <summary>
    /// Who the activity is from: a token bound to a user always speaks as that user (whatever <c>from</c> says, as
    /// Direct Line does); otherwise the activity's own <c>from.id</c>, or the user the conversation was started with.
    /// </summary>
    private static ChannelAccount? Sender(DirectLineCredential credential, Activity activity, DirectLineConversation conversation)
    {
        if (credential.UserId is not null)
        {
            return new ChannelAccount(credential.UserId, activity.From?.Name ?? credential.UserName, RoleTypes.User);
        }

        var id = activity.From?.Id;
        if (!string.IsNullOrEmpty(id) && id.Length <= 256 && !id.Any(char.IsControl))
        {
            return new ChannelAccount(id, activity.From!.Name, RoleTypes.User);
        }

        return conversation.StartUser;
    }

    private static IResult TokenResult(TokenResponse token) =>
        DirectLineJson.Result(new { conversationId = token.ConversationId, token = token.Token, expires_in = token.ExpiresIn });
}
