using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace SummitBot.Channels.DirectLine;

/// <summary>
/// What the Direct Line endpoints do, apart from HTTP: issuing tokens, starting conversations, and taking an activity
/// from a user to the bot and the bot's replies into the conversation's transcript.
/// </summary>
internal sealed class DirectLineService
{
    /// <summary>The channel id Azure's Direct Line gives its activities.</summary>
    public const string DirectLineChannelId = "directline";

    private readonly IDirectLineConversations _conversations;
    private readonly DirectLineTokens _tokens;
    private readonly DirectLineBot _bot;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DirectLineService> _logger;

    public DirectLineService(
        IDirectLineConversations conversations,
        DirectLineTokens tokens,
        DirectLineBot bot,
        IOptions<DirectLineOptions> options,
        TimeProvider time,
        ILogger<DirectLineService> logger)
    {
        _conversations = conversations;
        _tokens = tokens;
        _bot = bot;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    public IDirectLineConversations Conversations => _conversations;

    public DirectLineTokens Tokens => _tokens;

    public DirectLineOptions Options => _options;

    public TimeProvider Time => _time;

    private ChannelAccount BotAccount => new(_options.BotId, _options.BotName, RoleTypes.Bot);

    /// <summary>A token for a new conversation (not started until the client starts it), bound to the user if given.</summary>
    public TokenResponse GenerateToken(ChannelAccount? user)
    {
        var conversationId = IDirectLineConversations.NewId();
        return new TokenResponse(conversationId, _tokens.IssueToken(conversationId, user?.Id, user?.Name), _tokens.TokenLifetimeSeconds);
    }

    /// <summary>A fresh token for the same conversation and user; the caller has checked the old one is still valid.</summary>
    public TokenResponse RefreshToken(DirectLineCredential token) =>
        new(token.ConversationId!, _tokens.IssueToken(token.ConversationId!, token.UserId, token.UserName), _tokens.TokenLifetimeSeconds);

    /// <summary>
    /// Starts the conversation a token is for, or a new one for the secret; returns the conversation, whether it was
    /// created, and the token the client should use from now on. A new conversation's bot is told who joined.
    /// </summary>
    public async Task<(DirectLineConversation Conversation, bool Created, string Token, int ExpiresIn)> StartAsync(
        DirectLineCredential credential, string? presentedToken, ChannelAccount? requestedUser, string baseUrl, CancellationToken cancellationToken)
    {
        var user = credential.UserId is not null ? new ChannelAccount(credential.UserId, credential.UserName, RoleTypes.User) : requestedUser;
        var id = credential.Kind == CredentialKind.Secret ? IDirectLineConversations.NewId() : credential.ConversationId!;
        var (conversation, created) = await _conversations.StartAsync(id, user);

        string token;
        int expiresIn;
        if (credential.Kind == CredentialKind.Token && presentedToken is not null)
        {
            token = presentedToken;
            expiresIn = (int)Math.Max(0, (credential.ExpiresAt!.Value - _time.GetUtcNow()).TotalSeconds);
        }
        else
        {
            token = _tokens.IssueToken(conversation.Id, user?.Id, user?.Name);
            expiresIn = _tokens.TokenLifetimeSeconds;
        }

        if (created)
        {
            // As Azure's Direct Line does: the bot hears that it (and the user, when known) joined.
            var members = new List<ChannelAccount> { BotAccount };
            if (user is not null && await conversation.AddMemberAsync(user.Id))
            {
                members.Add(user);
            }

            await using var turn = await conversation.TakeTurnAsync(cancellationToken);
            await TellMembersAddedAsync(conversation, user ?? BotAccount, members, baseUrl, cancellationToken);
        }

        return (conversation, created, token, expiresIn);
    }

    /// <summary>
    /// Posts a user's activity: puts it in the transcript, runs the bot's turn and appends the replies.
    /// Returns the activity's id. Throws <see cref="TimeoutException"/> or the bot's exception when the turn fails.
    /// </summary>
    public async Task<string> PostAsync(DirectLineConversation conversation, Activity activity, string baseUrl, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        activity.Id = null;
        activity.ChannelId = DirectLineChannelId;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.Recipient = BotAccount;
        activity.ServiceUrl = baseUrl + "/";
        activity.Timestamp = now;
        activity.DeliveryMode = null;
        activity.CallerId = null;

        await using var turn = await conversation.TakeTurnAsync(cancellationToken);
        if (await conversation.AddMemberAsync(activity.From.Id))
        {
            await TellMembersAddedAsync(conversation, activity.From, [activity.From], baseUrl, cancellationToken);
        }

        var id = (await conversation.AppendAsync([DirectLineJson.Clone(activity)]))[0];
        activity.Id = id;

        var replies = await _bot.ProcessAsync(activity, cancellationToken);
        await AppendAsync(conversation, replies);
        return id;
    }

    private async Task TellMembersAddedAsync(
        DirectLineConversation conversation, ChannelAccount from, IList<ChannelAccount> members, string baseUrl, CancellationToken cancellationToken)
    {
        var update = new Activity(ActivityTypes.ConversationUpdate)
        {
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = DirectLineChannelId,
            Conversation = new ConversationAccount(id: conversation.Id),
            From = from,
            Recipient = BotAccount,
            ServiceUrl = baseUrl + "/",
            Timestamp = _time.GetUtcNow(),
            MembersAdded = members,
        };

        try
        {
            var replies = await _bot.ProcessAsync(update, cancellationToken);
            foreach (var reply in replies)
            {
                // The conversationUpdate is not in the transcript; a replyToId pointing at it would make Web Chat
                // hold the welcome back while it waits for an activity that never comes.
                reply.ReplyToId = null;
            }

            await AppendAsync(conversation, replies);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed welcome must not stop the conversation; the user's own activities still get their 502.
            _logger.LogWarning(e, "Direct Line conversationUpdate failed in conversation {ConversationId}", conversation.Id);
        }
    }

    private async Task AppendAsync(DirectLineConversation conversation, IReadOnlyList<Activity> replies)
    {
        if (replies.Count > 0)
        {
            foreach (var reply in replies)
            {
                reply.From ??= BotAccount;
                reply.Conversation = new ConversationAccount(id: conversation.Id);
                reply.ChannelId = DirectLineChannelId;
                reply.ServiceUrl = null;
            }

            await conversation.AppendAsync(replies);
        }
    }

    /// <summary>The WebSocket address for a conversation, carrying a short-lived stream token.</summary>
    public string StreamUrl(string baseUrl, DirectLineConversation conversation, string? userId, string? watermark)
    {
        var socketBase = baseUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? "wss://" + baseUrl["https://".Length..]
            : "ws://" + baseUrl["http://".Length..];
        var url = $"{socketBase}/conversations/{Uri.EscapeDataString(conversation.Id)}/stream?t={Uri.EscapeDataString(_tokens.IssueStreamToken(conversation.Id, userId))}";
        return string.IsNullOrEmpty(watermark) ? url : url + "&watermark=" + Uri.EscapeDataString(watermark);
    }
}

/// <summary>The body of <c>tokens/generate</c> and <c>tokens/refresh</c>.</summary>
internal sealed record TokenResponse(string ConversationId, string Token, int ExpiresIn);
