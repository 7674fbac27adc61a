using SummitBot.Answering.Curated;
using SummitBot.Knowledge;

namespace SummitBot.Answering;

/// <summary>Writes the answer: the sentence with its <c>[1]</c> marker and the citation, or the decline with suggestions.</summary>
internal static class AnswerComposer
{
    public const string NotInSources = "Sorry, that's not in my sources";

    public static Answer Compose(Finding finding, FollowUpContext context, ParsedQuestion question, AnsweringModel model, int suggestions)
    {
        var knowledge = model.Knowledge;
        if (finding.Fact is { } fact)
        {
            var source = knowledge.Sources[fact.SourceId];
            var text = finding.AnswersSpeaker
                ? $"It was {fact.SaidBy} [1]."
                : WithMarker(fact.Says);
            var highlight = finding.AnswersSpeaker ? null : fact.Answer;
            var citation = new Citation(1, source.Id, source.Title, source.Url, fact.Passage, CitationAbstract.Cut(fact.Passage, highlight));
            return new Answer(AnswerKind.Answered, text, [citation], [], NextContext(context, finding, fact.About, question, model)) { FactId = fact.Id, Asked = finding.Asks };
        }

        if (finding.Passage is { } passage && knowledge.Sources.TryGetValue(passage.SourceId, out var passageSource))
        {
            var citation = new Citation(1, passageSource.Id, passageSource.Title, passageSource.Url, passage.Text, CitationAbstract.Cut(passage.Text, null));
            return new Answer(
                AnswerKind.Answered,
                $"My sources say: \u201C{passage.Text}\u201D [1]",
                [citation],
                [],
                NextContext(context, finding, finding.Focus?.Id, question, model))
            { Asked = finding.Asks };
        }

        var because = string.IsNullOrEmpty(finding.Missing) ? ", so I won't guess." : $": they don't mention {finding.Missing}.";
        return new Answer(
            AnswerKind.Declined,
            NotInSources + because,
            [],
            Suggest(model, finding.Focus?.Id, suggestions),
            context with { FactId = null })
        {
            Asked = finding.Asks,
            Decline = finding.Missing is null ? (question.Negated ? DeclineReason.Negated : DeclineReason.NotFound) : DeclineReason.UnknownName,
        };
    }

    /// <summary>Example questions: about <paramref name="entityId"/> first, then the knowledge's own examples in order.</summary>
    public static IReadOnlyList<string> Suggest(AnsweringModel model, string? entityId, int count)
    {
        var related = entityId is null ? [] : model.Examples.Where(f => f.About == entityId).Select(f => f.Example!);
        return [.. related.Concat(model.ExampleQuestions).Distinct(StringComparer.OrdinalIgnoreCase).Take(count)];
    }

    /// <summary>Puts the citation marker before the sentence's closing full stop: "... on February 27 and 28 [1]."</summary>
    internal static string WithMarker(string says)
    {
        var trimmed = says.TrimEnd();
        return trimmed.EndsWith('.') ? string.Concat(trimmed.AsSpan(0, trimmed.Length - 1), " [1].") : trimmed + " [1]";
    }

    /// <summary>"Who did Biegun meet?" answered "Kim Hyok Chol": the person the answer names, not the one the question did, is "he" next.</summary>
    private static string? AnsweredPerson(Finding finding, ParsedQuestion question, AnsweringModel model)
    {
        if (finding.Fact is not { Asks: FactKind.Person } fact || !model.Knowledge.Entities.TryGetValue(fact.About, out var about))
        {
            return null;
        }

        var asked = question.Mentions.SelectMany(m => m.EntityIds).ToHashSet(StringComparer.Ordinal);
        return about.Involves
            .Where(id => !asked.Contains(id) && model.Knowledge.Entities.TryGetValue(id, out var person)
                && fact.Answer.Contains(person.Name, StringComparison.OrdinalIgnoreCase))
            .FirstOrDefault();
    }

    private static FollowUpContext NextContext(FollowUpContext context, Finding finding, string? entityId, ParsedQuestion question, AnsweringModel model)
    {
        var entities = model.Knowledge.Entities;
        var person = entityId is not null && entities.TryGetValue(entityId, out var about) && about.IsPerson
            ? entityId
            : AnsweredPerson(finding, question, model) ?? question.Mentions.SelectMany(m => m.EntityIds).FirstOrDefault(id => entities[id].IsPerson) ?? context.PersonId;
        return new FollowUpContext
        {
            EntityId = entityId ?? context.EntityId,
            PersonId = person,
            Asks = finding.Asks.ToString(),
            FactId = finding.Fact?.Id,
        };
    }
}
