using System.Globalization;
using SummitBot.Answering;

namespace SummitBot.Unanswered;

/// <summary>
/// The report of unanswered questions as a curator reads it: groups of similar questions, most asked first, each
/// with its count, its wordings, why the bot declined, what was asked for, on which channels and when; then what
/// each reason means, so the curator knows whether an article, a fact or a synonym is missing.
/// </summary>
internal static class UnansweredReport
{
    private const int MaxOtherWordings = 4;

    public static void Write(TextWriter output, IReadOnlyList<UnansweredQuestion> questions, string period, string location)
    {
        var groups = QuestionGrouper.Group(questions);
        output.WriteLine($"Questions the bot could not answer {period}, from {location}:");
        if (groups.Count == 0)
        {
            output.WriteLine("none recorded.");
            return;
        }

        output.WriteLine($"{questions.Count} question(s) in {groups.Count} group(s) of similar wording, most asked first.");
        for (var i = 0; i < groups.Count; i++)
        {
            WriteGroup(output, i + 1, groups[i]);
        }

        output.WriteLine();
        output.WriteLine("Why it declined:");
        foreach (var reason in groups.SelectMany(g => g.Reasons).Select(r => r.Key).Distinct().OrderBy(r => r))
        {
            output.WriteLine($"  {ReasonName(reason),-15} {ReasonMeaning(reason)}");
        }
    }

    private static void WriteGroup(TextWriter output, int rank, QuestionGroup group)
    {
        var head = $"{rank,3}. {group.Count,4} × ";
        output.WriteLine();
        output.WriteLine($"{head}\"{group.Wordings[0].Key}\"");
        var indent = new string(' ', head.Length);
        var others = group.Wordings.Skip(1).Take(MaxOtherWordings).Select(w => $"\"{w.Key}\" ({w.Value})").ToList();
        if (others.Count > 0)
        {
            var more = group.Wordings.Count - 1 - others.Count;
            output.WriteLine($"{indent}also asked as: {string.Join(", ", others)}{(more > 0 ? $" and {more} more" : string.Empty)}");
        }

        output.WriteLine($"{indent}why: {Tally(group.Reasons, ReasonName)}; asked for: {Tally(group.Asked, AskedName)}");
        output.WriteLine($"{indent}channels: {Tally(group.Channels, c => c)}; {When(group)}");
    }

    private static string When(QuestionGroup group) =>
        group.Count == 1
            ? $"asked {Time(group.Last)}"
            : $"first {Time(group.First)}, last {Time(group.Last)}";

    private static string Tally<T>(IReadOnlyList<KeyValuePair<T, int>> tally, Func<T, string> name) =>
        string.Join(", ", tally.Select(t => $"{name(t.Key)} {t.Value}"));

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string AskedName(AnswerType? asked) => asked switch
    {
        null => "not read",
        AnswerType.Speaker => "who said",
        AnswerType.What => "what",
        var type => type.Value.ToString().ToLowerInvariant(),
    };

    internal static string ReasonName(DeclineReason? reason) => reason switch
    {
        DeclineReason.NotFound => "not found",
        DeclineReason.LowConfidence => "low confidence",
        DeclineReason.UnknownName => "unknown name",
        DeclineReason.Ambiguous => "ambiguous",
        DeclineReason.Negated => "negated",
        DeclineReason.ContextLost => "context lost",
        DeclineReason.Unsure => "answered, unsure",
        _ => "not given",
    };

    private static string ReasonMeaning(DeclineReason? reason) => reason switch
    {
        DeclineReason.NotFound => "nothing in the sources answers it: an article (or a fact) to add",
        DeclineReason.LowConfidence => "something close was found, without enough evidence to answer: a clearer source, or a synonym",
        DeclineReason.UnknownName => "it names something no source mentions: an article about it, or a synonym if the sources call it otherwise",
        DeclineReason.Ambiguous => "it could mean several things and the bot asked back",
        DeclineReason.Negated => "it asks what did not happen; the sources state what did",
        DeclineReason.ContextLost => "a follow-up whose conversation could not be read (the state store was unreachable): not a gap in the sources",
        DeclineReason.Unsure => "answered, but the evidence only just reached the threshold: check the answer; a clearer source or a fact makes it sure",
        _ => "the answering did not say why",
    };
}
