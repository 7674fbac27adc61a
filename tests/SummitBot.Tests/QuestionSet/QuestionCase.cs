using System.Text.Json;
using System.Text.Json.Serialization;
using SummitBot.Tests.Support;

namespace SummitBot.Tests.QuestionSet;

/// <summary>One case of the question set: a conversation whose last question is checked.</summary>
public sealed record QuestionCase(
    string Id,
    string Kind,
    IReadOnlyList<string> Ask,
    IReadOnlyList<string>? Answer,
    string? Cites,
    bool Declines,
    string? Reply,
    string? Note)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static string FilePath => Path.Combine(RepoPaths.Root, "tests", "SummitBot.Tests", "QuestionSet", "questions.json");

    public static IReadOnlyList<QuestionCase> All { get; } = Load();

    private static List<QuestionCase> Load()
    {
        var file = JsonSerializer.Deserialize<QuestionFile>(File.ReadAllText(FilePath), Json)
            ?? throw new InvalidOperationException("questions.json is empty");
        return file.Cases;
    }

    private sealed record QuestionFile([property: JsonPropertyName("cases")] List<QuestionCase> Cases);
}
