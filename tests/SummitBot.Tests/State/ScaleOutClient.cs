using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SummitBot.Tests.State;

/// <summary>One turn as the client saw it: the replies' texts, which instance served it, and how many tries it took.</summary>
internal sealed record ScaleOutTurn(string ConversationId, string Question, IReadOnlyList<string> Replies, string Upstream, int Attempts);

/// <summary>
/// Asks with expectReplies, as an automated channel client does, and retries the same activity (same id) on a
/// connection error or a 502/503/504 from the proxy, up to a bound; a turn is acknowledged when a 200 arrives.
/// </summary>
internal sealed class ScaleOutClient(HttpClient http)
{
    private const int MaxAttempts = 40;
    private int _retries;

    /// <summary>Deliveries that were tried again after a connection error or a gateway error.</summary>
    public int Retries => Volatile.Read(ref _retries);

    public async Task<ScaleOutTurn> AskAsync(string conversationId, string question, CancellationToken cancellationToken)
    {
        var activityId = Guid.NewGuid().ToString("N");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var activity = TurnPoster.Message(conversationId, activityId, question, "http://127.0.0.1:9/", expectReplies: true);
                using var response = await http.PostAsJsonAsync("/api/messages", activity, cancellationToken);
                if (response.StatusCode is not (HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout))
                {
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
                    var replies = (body?["activities"]?.AsArray() ?? [])
                        .Where(a => (string?)a!["type"] == "message")
                        .Select(a => (string?)a!["text"] ?? string.Empty)
                        .ToList();
                    var upstream = response.Headers.TryGetValues("X-Upstream", out var values) ? string.Join(",", values) : string.Empty;
                    return new ScaleOutTurn(conversationId, question, replies, upstream, attempt);
                }
            }
            catch (HttpRequestException) when (attempt < MaxAttempts)
            {
            }

            Assert.True(attempt < MaxAttempts, $"'{question}' in {conversationId} was not acknowledged after {MaxAttempts} attempts");
            Interlocked.Increment(ref _retries);
            await Task.Delay(200, cancellationToken);
        }
    }
}
