using System.Text.Json;
using System.Text.Json.Serialization;

namespace SummitBot.TestTools.QuestionSets;

/// <summary>
/// One case of a development or holdout set (tests/SummitBot.Tests/DevSet, Holdout): a conversation whose last question
/// is checked; the words the short answer must contain, the run of words the cited sentence must contain (two for a
/// message that asks two questions), or that the bot must decline.
/// </summary>
public sealed record SetCase(
    string Id,
    string Type,
    string? Source,
    IReadOnlyList<string> Ask,
    IReadOnlyList<string> Answer,
    IReadOnlyList<string> Cites,
    bool Declines,
    bool Followup,
    bool Paraphrase)
{
    public override string ToString() => Id;

    /// <summary>Reads a set's <c>questions.json</c>.</summary>
    public static IReadOnlyList<SetCase> Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new List<SetCase>();
        foreach (var c in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            cases.Add(new SetCase(
                c.GetProperty("id").GetString()!,
                c.TryGetProperty("type", out var type) ? type.GetString()! : "?",
                c.TryGetProperty("source", out var source) ? source.GetString() : null,
                [.. c.GetProperty("ask").EnumerateArray().Select(a => a.GetString()!)],
                Strings(c, "answer"),
                Strings(c, "cites"),
                Flag(c, "declines"),
                Flag(c, "followup"),
                Flag(c, "paraphrase")));
        }

        return cases;
    }

    private static bool Flag(JsonElement c, string name) => c.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static List<string> Strings(JsonElement c, string name) =>
        !c.TryGetProperty(name, out var value) ? []
        : value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(v => v.GetString()!)]
        : [value.GetString()!];

    [JsonIgnore]
    public string Question => Ask[^1];
}
