using System.Text.RegularExpressions;

namespace SummitBot.Tests.Hardening;

/// <summary>What every response to bad input must be: not a server error, and no internals in its body.</summary>
internal static partial class ResponseChecks
{
    public static async Task AssertHandledAsync(HttpResponseMessage response, object input)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {input}\n{Cut(body)}");
        Assert.False(StackTrace().IsMatch(body), $"stack trace or exception in the response to {input}\n{Cut(body)}");
    }

    private static string Cut(string text) => text.Length > 2000 ? text[..2000] + "…" : text;

    /// <summary>A .NET stack frame ("at Namespace.Type.Method(" or "in File.cs:line 12") or an exception type name.</summary>
    [GeneratedRegex(@"(^|\s)at [\w.`<>]+\.[\w<>`]+\(|\.cs:line \d+|\b[A-Z]\w*Exception\b", RegexOptions.Multiline)]
    private static partial Regex StackTrace();
}
