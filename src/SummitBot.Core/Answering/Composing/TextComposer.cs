using SummitBot.Answering.Questions;
using SummitBot.Answering.Ranking;

namespace SummitBot.Answering.Composing;

/// <summary>
/// Writes the reply to a question answered from text: the answer with its <c>[1]</c> marker and the cited sentence
/// under its source; or, when the decline policy said so, the decline (no citation, suggestions) or the question back
/// ("Which Kim do you mean?"). Also what the next question may refer back to.
/// </summary>
internal static class TextComposer
{
    public static Answer Compose(QuestionReading question, Decision decision, FollowUpContext context, AnsweringModel model, int suggestions)
    {
        if (decision.AskBack.Count > 1)
        {
            var names = decision.AskBack.Select(p => p.Name).ToList();
            var which = question.People.First(p => p.IsAmbiguous).Words;
            return new Answer(
                AnswerKind.Clarification,
                $"Which {Capitalize(which)} do you mean: {string.Join(", ", names.Take(names.Count - 1))} or {names[^1]}?",
                [],
                [.. names.Select(n => Rephrase(question.Text, which, n))],
                context with { Question = question.Text })
            { Asked = question.Type, Decline = DeclineReason.Ambiguous };
        }

        if (!decision.Answered)
        {
            return new Answer(
                AnswerKind.Declined,
                AnswerComposer.NotInSources + (decision.Unmentioned is { } missing ? $": they don't mention {missing}." : ", so I won't guess."),
                [],
                Suggestions.For(question, model, suggestions),
                context with
                {
                    Question = question.Text,
                    FactId = null,
                    Person = AsksForSomeone(question) ? null : question.People.Where(p => p.Candidates.Count == 1).Select(p => p.Candidates[0].Name).FirstOrDefault() ?? context.Person,
                    Named = null,
                    Topic = FollowUps.TopicOf(question.Text) ?? context.Topic,
                    Place = Referents.PlaceNamed(question.Text),
                })
            { Asked = question.Type, Decline = decision.Decline ?? DeclineReason.NotFound };
        }

        var best = decision.Best!;
        var passage = best.Passage!;
        var source = passage.Source;
        var citations = new List<Citation> { CitationOf(best, 1) };
        foreach (var other in decision.Corroborating)
        {
            citations.Add(CitationOf(other, citations.Count + 1));
        }

        var earlier = decision.Earlier is { } before ? CitationOf(before, citations.Count + 1) : null;
        if (earlier is not null)
        {
            citations.Add(earlier);
        }
        var single = question.People.Where(p => p.Candidates.Count == 1).Select(p => p.Candidates[0].Name).FirstOrDefault()
            ?? question.People.SelectMany(p => p.Candidates).Select(c => c.Name).FirstOrDefault(name =>
                passage.Names(Language.Reading.ArticlePerson.KeyOf(name)));
        var next = context with
        {
            Question = question.Text,
            Person = best.Person ?? single ?? context.Person,
            Named = best.Person is { } answer ? Extraction.Spans.AskedIn(question, passage).FirstOrDefault(n => !SamePerson(n, answer)) : null,
            Topic = FollowUps.TopicOf(question.Text) ?? context.Topic,
            Place = question.Type == AnswerType.Place ? best.Words.Trim() : Referents.PlaceNamed(question.Text),
            Speaker = best.Speaker ?? passage.Of(Language.Reading.AnnotationKind.Quote).Select(q => q.Value).FirstOrDefault(v => v.Length > 0),
            SourceId = source.Id,
            Cited = passage.Text,
            Asks = question.Type.ToString(),
            FactId = null,
            EntityId = null,
        };
        var text = AnswerWording.Say(question, best, citations.Count - (earlier is null ? 0 : 1));
        if (decision.Earlier is { } older && earlier is not null)
        {
            text = Sources.Timeline.Say(text, best, older, earlier.Position);
        }

        return new Answer(AnswerKind.Answered, text, citations, [], next) { Asked = question.Type, Confidence = decision.Evidence?.Confidence };
    }

    /// <summary>
    /// "Who called Pence a political dummy?" declined, then "what is her job?": "her" is the someone asked for, whom the
    /// bot could not name, not Pence; the next question has no one to refer to rather than the wrong one.
    /// </summary>
    private static bool AsksForSomeone(QuestionReading question) => question.Type is AnswerType.Person or AnswerType.Speaker;

    private static bool SamePerson(string one, string other) =>
        Language.Reading.ArticlePerson.KeyOf(one) == Language.Reading.ArticlePerson.KeyOf(other);

    private static Citation CitationOf(Extraction.AnswerCandidate candidate, int position)
    {
        var passage = candidate.Passage!;
        var source = passage.Source;
        return new Citation(position, source.Id, source.Title, source.Url, candidate.Cited, CitationAbstract.Cut(candidate.Cited, candidate.Words));
    }

    private static string Rephrase(string question, string which, string name)
    {
        var at = question.IndexOf(which, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? question : string.Concat(question.AsSpan(0, at), name, question.AsSpan(at + which.Length));
    }

    private static string Capitalize(string words) => string.Join(' ', words.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
}
