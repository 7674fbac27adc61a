using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SummitBot.Answering;
using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Benchmarks.Answering;
using SummitBot.Search;

namespace SummitBot.Benchmarks.Diagnose;

/// <summary>
/// <c>retrieve --knowledge K --index I "question" ...</c>: the sentences retrieval brings for each question, best
/// first, with their Lucene scores: what an archive's noise displaces (compare one corpus with another).
/// </summary>
internal static class RetrievalDump
{
    public static int Run(string knowledge, string index, IReadOnlyList<string> questions, int depth, TextWriter output)
    {
        using var services = AnsweringServices.Create(knowledge, index);
        var model = services.GetRequiredService<AnsweringModelCache>().For(services.GetRequiredService<KnowledgeProvider>().Current);
        foreach (var question in questions)
        {
            // As the bot reads it: narrowed to the sources it is about when the knowledge is larger than a scope.
            var reading = Scoping.Narrow(QuestionReader.Read(QuestionNormalizer.Normalize(question), model), model);
            output.WriteLine($"“{question}”: {string.Join(", ", reading.Terms.Select(t => FormattableString.Invariant($"{t.Stem} {t.Weight:F1}")))}; " +
                $"people: {string.Join(", ", reading.People.Select(p => $"{p.Words} ({p.Candidates.Count}: {string.Join(" | ", p.Candidates.Take(3))})"))}; " +
                $"scope: {(reading.Scope is { } scope ? $"{scope.Sources} sources, {scope.DocumentCount} documents ({string.Join(" ", scope.SourceIds().Take(12))} ...)" : "the whole index")}");
            foreach (var passage in SentenceRetriever.Retrieve(reading, model, depth))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {passage.Hit.Score,8:F3}  {passage.Hit.SourceId} {passage.Hit.Paragraph}.{passage.Hit.Sentence}: {Cut(passage.Hit.Text)}"));
            }
        }

        return 0;
    }

    private static string Cut(string text) => text.Length <= 140 ? text : text[..140] + "…";
}
