using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SummitBot.State;

/// <summary>
/// Answers an activity once when a channel delivers it again (same activity id in the same conversation, e.g. Teams
/// or Azure Bot Service retrying a slow bot). The first delivery claims the activity in <see cref="ReplayStore"/> with
/// an atomic create; a retry finds the claim and does not run the bot:
/// <list type="bullet">
/// <item>through the connector (replies POSTed to the serviceUrl) it sends nothing, as the first delivery already did;</item>
/// <item>with <c>deliveryMode: expectReplies</c> it returns the first delivery's replies again, the same activities,
/// because the caller may have lost the first response (this is what a retry is for);</item>
/// <item>while the first delivery is still running it waits for it; when that delivery has held its claim for longer
/// than <see cref="ReplayOptions.Lease"/> (its instance died mid-turn) the retry takes the claim over and answers.</item>
/// </list>
/// A turn that fails before it replies releases its claim, so the retry answers. With Redis the store is shared, so a retry landing on
/// another instance is recognised too.
/// </summary>
public sealed class ReplayGuard : Microsoft.Bot.Builder.IMiddleware
{
    private static readonly JsonSerializerSettings ReplyJson = new() { NullValueHandling = NullValueHandling.Ignore };

    /// <summary>One serializer for every turn's replies (configured once; safe to share).</summary>
    private static readonly JsonSerializer ReplySerializer = JsonSerializer.Create(ReplyJson);

    private readonly IStorage _store;
    private readonly ReplayOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ReplayGuard> _logger;

    public ReplayGuard(ReplayStore store, IOptions<ReplayOptions> options, TimeProvider time, ILogger<ReplayGuard> logger)
    {
        _store = store.Storage;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (!_options.Enabled || !IsGuarded(activity))
        {
            await next(cancellationToken);
            return;
        }

        var key = KeyOf(activity);
        var giveUpAt = _time.GetUtcNow() + (2 * _options.Lease) + TimeSpan.FromSeconds(1);
        string? takeOverETag = null;
        var waited = false;
        while (true)
        {
            var started = _time.GetUtcNow();
            if (await TryClaimAsync(key, takeOverETag, started, cancellationToken))
            {
                if (takeOverETag is not null)
                {
                    _logger.LogWarning(
                        "Activity {ActivityId} in conversation {ConversationId}: the turn that claimed it did not finish within {Lease}; answering it here",
                        activity.Id,
                        activity.Conversation.Id,
                        _options.Lease);
                }

                await RunAsync(turnContext, next, key, started, cancellationToken);
                return;
            }

            takeOverETag = null;
            var record = await ReadAsync(key, cancellationToken);
            var now = _time.GetUtcNow();
            if (record is { Completed: true })
            {
                _logger.LogInformation(
                    "Activity {ActivityId} in conversation {ConversationId} delivered again; already answered, not answering twice",
                    activity.Id,
                    activity.Conversation.Id);
                await ReplayAsync(turnContext, record, cancellationToken);
                return;
            }

            if (record is not null && now - record.StartedAt >= _options.Lease)
            {
                takeOverETag = record.ETag;
                continue;
            }

            if (now >= giveUpAt)
            {
                _logger.LogWarning(
                    "Activity {ActivityId} in conversation {ConversationId} delivered again while its turn is still running; gave up waiting",
                    activity.Id,
                    activity.Conversation.Id);
                return;
            }

            // record is null: the claim was released (that turn failed) between our two calls; claim again at once.
            if (record is not null)
            {
                if (!waited)
                {
                    _logger.LogInformation(
                        "Activity {ActivityId} in conversation {ConversationId} delivered again while its turn is running; waiting for it",
                        activity.Id,
                        activity.Conversation.Id);
                    waited = true;
                }

                await Task.Delay(_options.PollInterval, _time, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Messages, conversation and installation updates with an id and a conversation: the activities a user sees
    /// answered (a question, a welcome, an introduction).
    /// </summary>
    internal static bool IsGuarded(IActivity activity) =>
        activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate
        && !string.IsNullOrEmpty(activity.Id)
        && !string.IsNullOrEmpty(activity.Conversation?.Id);

    internal static string KeyOf(IActivity activity) =>
        $"{activity.ChannelId}/{activity.Conversation.Id}/{activity.Id}";

    private async Task<bool> TryClaimAsync(string key, string? eTag, DateTimeOffset started, CancellationToken cancellationToken)
    {
        // With no ETag the write only succeeds if the key does not exist (a store item's create);
        // with the ETag of an abandoned claim, only if nobody else took it over first.
        var claim = new ReplayRecord { ETag = eTag, StartedAt = started };
        try
        {
            await _store.WriteAsync(new Dictionary<string, object> { [key] = claim }, cancellationToken);
            return true;
        }
        catch (ArgumentException conflict) when (conflict.GetType() == typeof(ArgumentException))
        {
            return false;
        }
    }

    private async Task<ReplayRecord?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var items = await _store.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var value) ? value as ReplayRecord : null;
    }

    private async Task RunAsync(ITurnContext turnContext, NextDelegate next, string key, DateTimeOffset started, CancellationToken cancellationToken)
    {
        var replies = new List<Activity>();
        turnContext.OnSendActivities(async (_, activities, sendNext) =>
        {
            var responses = await sendNext();
            lock (replies)
            {
                replies.AddRange(activities);
            }

            return responses;
        });

        try
        {
            await next(cancellationToken);
        }
        catch
        {
            // A turn that failed before replying lets a retry answer it. One that had already replied (and failed
            // after, e.g. saving state when the channel hung up) counts as answered: the user has seen its reply.
            if (Replied(replies))
            {
                await CompleteAsync(key, started, replies);
            }
            else
            {
                await ReleaseAsync(key);
            }

            throw;
        }

        await CompleteAsync(key, started, replies);
    }

    private static bool Replied(List<Activity> replies)
    {
        lock (replies)
        {
            return replies.Exists(a => a.Type == ActivityTypes.Message);
        }
    }

    private async Task CompleteAsync(string key, DateTimeOffset started, List<Activity> replies)
    {
        string json;
        lock (replies)
        {
            json = StateJson.SerializeToString(replies, ReplySerializer);
        }

        // Not cancelled with the request: the record must be written once the turn has replied.
        var done = new ReplayRecord { ETag = "*", StartedAt = started, Completed = true, Replies = new JRaw(json) };
        await _store.WriteAsync(new Dictionary<string, object> { [key] = done }, CancellationToken.None);
    }

    private static async Task ReplayAsync(ITurnContext turnContext, ReplayRecord record, CancellationToken cancellationToken)
    {
        // Through the connector the replies were already posted to the channel; only an expectReplies caller,
        // who gets replies in the HTTP response, needs them again.
        if (turnContext.Activity.DeliveryMode != DeliveryModes.ExpectReplies || record.Replies?.Value is not string { Length: > 0 } json)
        {
            return;
        }

        var replies = JsonConvert.DeserializeObject<List<Activity>>(json, ReplyJson) ?? [];
        if (replies.Count > 0)
        {
            await turnContext.SendActivitiesAsync([.. replies], cancellationToken);
        }
    }

    private async Task ReleaseAsync(string key)
    {
        try
        {
            await _store.DeleteAsync([key], CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogWarning(e, "Could not release the claim of a failed turn; a retry of it waits for the lease to pass");
        }
    }
}
