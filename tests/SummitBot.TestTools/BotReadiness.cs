using System.Net;
using System.Text;

namespace SummitBot.TestTools;

/// <summary>
/// What "ready" means for a started bot: one HTTP request, repeated every <see cref="PollInterval"/> until it answers
/// 200 OK, the bot exits, or <see cref="Timeout"/> passes.
/// </summary>
public sealed class BotReadiness
{
    private readonly Func<HttpClient, Task<HttpResponseMessage>> _probe;
    private readonly string _notReady;

    private BotReadiness(Func<HttpClient, Task<HttpResponseMessage>> probe, TimeSpan timeout, TimeSpan pollInterval, TimeSpan requestTimeout, string notReady)
    {
        _probe = probe;
        Timeout = timeout;
        PollInterval = pollInterval;
        RequestTimeout = requestTimeout;
        _notReady = notReady;
    }

    /// <summary>How long to wait for the bot to be ready before giving up.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The pause between two probes.</summary>
    public TimeSpan PollInterval { get; }

    /// <summary>The time one probe may take.</summary>
    public TimeSpan RequestTimeout { get; }

    /// <summary>Ready when a GET of the health path (by default <c>/readyz</c>) answers 200 OK; probed every 250 ms.</summary>
    public static BotReadiness Health(TimeSpan timeout, string path = "/readyz") =>
        new(http => http.GetAsync(new Uri(path, UriKind.Relative)), timeout, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5), "was not ready");

    /// <summary>
    /// Ready when posting <paramref name="jsonBody"/> to <paramref name="path"/> (an activity with expectReplies) answers
    /// 200 OK: the first answered turn; probed every 20 ms, so start-up is timed closely.
    /// </summary>
    public static BotReadiness FirstAnswer(TimeSpan timeout, string path, string jsonBody) =>
        new(
            async http =>
            {
                using var content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
                return await http.PostAsync(new Uri(path, UriKind.Relative), content);
            },
            timeout,
            TimeSpan.FromMilliseconds(20),
            TimeSpan.FromSeconds(30),
            "gave no answer");

    /// <summary>The message when the bot is not ready in time, e.g. "the bot was not ready within 90 s".</summary>
    internal string TimeoutMessage => $"{_notReady} within {Timeout.TotalSeconds} s";

    /// <summary>One probe: true on 200 OK; false on another status, a transport error or a request timeout.</summary>
    internal async Task<bool> ProbeAsync(HttpClient http)
    {
        try
        {
            using var response = await _probe(http);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }
}
