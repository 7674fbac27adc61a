using SummitBot.Knowledge;
using Microsoft.Extensions.Options;
using SummitBot.Search;

using SummitBot.Answering.Curated;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering;

/// <summary>
/// Answers questions from the current knowledge: normalizes the text, handles chit-chat, reads the question, finds
/// the fact (or passage) that answers it and composes the reply; declines when the sources don't say.
/// </summary>
internal sealed class AnswerService : IAnswerService, IAnswerExplainer
{
    private readonly KnowledgeProvider _knowledge;
    private readonly AnsweringModelCache _models;
    private readonly AnsweringOptions _options;

    public AnswerService(KnowledgeProvider knowledge, AnsweringModelCache models, IOptions<AnsweringOptions> options)
    {
        _knowledge = knowledge;
        _models = models;
        _options = options.Value;
    }

    public Answer Ask(string question, FollowUpContext context)
    {
        context ??= FollowUpContext.Empty;
        var contextLost = context.IsUnavailable;
        if (contextLost)
        {
            // Never carried on: the next turn starts from what this one says, once the store is back.
            context = FollowUpContext.Empty;
        }
        if (question is not null && question.Length > _options.MaxQuestionLength * 4)
        {
            return TooLong(context);
        }

        var text = QuestionNormalizer.Normalize(question);
        if (text.Length > _options.MaxQuestionLength)
        {
            return TooLong(context);
        }

        var model = Model();
        if (!TextWords.Any(text))
        {
            return new Answer(AnswerKind.Unreadable, "I didn't catch a question there. " + model.Knowledge.Story.Greeting, [], Suggest(model), context);
        }

        switch (ChitChat.Recognize(text))
        {
            case AnswerKind.Greeting:
                return new Answer(AnswerKind.Greeting, "Hello! " + model.Knowledge.Story.Greeting, [], Suggest(model), context);
            case AnswerKind.Thanks:
                return new Answer(AnswerKind.Thanks, $"You're welcome! Ask me anything else about {model.Knowledge.Story.Name}.", [], [], context);
        }

        var parts = QuestionSplitter.Split(text).Select(QuestionPart).ToList();
        if (parts.Count == 1)
        {
            return AskOne(parts[0], context, contextLost, model);
        }

        var answers = new List<(string Part, Answer Answer)>();
        foreach (var part in parts)
        {
            var answer = AskOne(part, context, contextLost, model);
            answers.Add((part, answer));
            context = answer.Context;
        }

        return Composing.MultiPartAnswer.Combine(answers);
    }

    /// <summary>
    /// One question: a hand-written fact that fits it wins (its curated sentence); otherwise the answer comes from the
    /// sources' text, stage by stage, or the bot declines.
    /// </summary>
    private Answer AskOne(string text, FollowUpContext context, bool contextLost, AnsweringModel model)
    {
        if (contextLost && FollowUps.LeansOnContext(text))
        {
            return ContextLost(model, QuestionType.Of(Language.Tokenizer.LowerWords(text)).Type);
        }

        if (WhoSaidThat(text, context) is { } speaker)
        {
            return speaker;
        }

        var (parsed, finding, reading, fromText, curatedText) = Read(text, context, model);
        if (FollowUps.NoOneToReferTo(reading, context) || FollowUps.WhyOfNoAnswer(text, context))
        {
            return Composing.TextComposer.Compose(reading, Ranking.Decision.None, context, model, _options.Suggestions);
        }

        // A fact that covers the whole question cannot be beaten by text (text would need a confidence above 1): no need to look.
        var certain = finding.Fact is { } sure && Ranking.CuratedEvidence.Weigh(reading, sure, model) is { Veto: null, Confidence: >= 1 - Ranking.CuratedEvidence.Margin };
        var decision = certain ? Ranking.Decision.None : TextAnswering.Answer(reading, model);
        if (finding.Fact is { } fact && (certain || (!fromText && FollowUps.LeansOnContext(text) && Ranking.CuratedEvidence.Fits(reading.Type, fact.Asks, fact.Answer)) || CuratedWins(reading, fact, decision, model)))
        {
            // A follow-up of a fact's answer ("who said that?", "why?") is the fact finder's to answer.
            var curated = AnswerComposer.Compose(finding, context, parsed, model, _options.Suggestions);
            return curated with
            {
                Text = Composing.YesNo.Prefix(reading, fact, model) + curated.Text,
                Context = CuratedContext(curated.Context, curatedText, fact, model),
                Confidence = curated.IsAnswered ? 1.0 : null,
            };
        }

        return Composing.TextComposer.Compose(reading, decision, context, model, _options.Suggestions);
    }

    /// <summary>
    /// Reads one question both ways, as answering and explaining it do: for the fact finder (a follow-up of an answer
    /// from text spelt out first, so a fact can answer it too) and for answering from text (narrowed to the sources it
    /// is about, and a follow-up held to the last answer's article).
    /// </summary>
    private static (ParsedQuestion Parsed, Finding Finding, Questions.QuestionReading Reading, bool FromText, string CuratedText) Read(
        string text, FollowUpContext context, AnsweringModel model)
    {
        var spelt = FollowUps.Rewrite(text, PronounSex.Fit(text, context, model.Snapshot.People));
        var fromText = context.EntityId is null && context.FactId is null;
        var curatedText = fromText ? spelt : text;
        // Both readings start from the question with its spelling mended: mend it once when they read the same text.
        var mended = FactQuestionReader.Mend(spelt, model);
        var curatedMended = curatedText == spelt ? mended : FactQuestionReader.Mend(curatedText, model);
        var parsed = FactQuestionReader.ReadMended(curatedMended, model);
        var finding = FactFinder.Find(parsed, fromText ? FollowUpContext.Empty : context, model);
        var reading = FollowUps.Anchor(Retrieval.Scoping.Narrow(Questions.QuestionReader.ReadMended(mended, model), model), context, text);
        if (reading.Anchor is { } anchor && finding.Fact is { } elsewhere && elsewhere.SourceId != anchor)
        {
            // A follow-up held to the last answer's article ("where did he go?") is not the hand-written fact of
            // another: "Kim went to Singapore" answers where he went for the first summit, not on the trip asked about.
            finding = finding with { Fact = null };
        }

        return (parsed, finding, reading, fromText, curatedText);
    }

    /// <summary>A fact that fits the question wins unless an answer from text has clearly better evidence.</summary>
    private static bool CuratedWins(Questions.QuestionReading reading, Fact fact, Ranking.Decision text, AnsweringModel model) =>
        Ranking.CuratedEvidence.Weigh(reading, fact, model) is { Veto: null } evidence
        && evidence.Confidence >= Ranking.RankingWeights.Threshold
        && !TextBeats(text, evidence);

    /// <summary>A fact that fits wins; a better-covered answer from text wins over a fact that fits loosely.</summary>
    private static bool TextBeats(Ranking.Decision text, Ranking.Evidence curated) =>
        text.Answered && text.Evidence!.Confidence > curated.Confidence + Ranking.CuratedEvidence.Margin;

    /// <summary>"Who said that?" after an answer whose words someone said: that speaker, citing the same sentence.</summary>
    private Answer? WhoSaidThat(string text, FollowUpContext context)
    {
        if (context.Speaker is null || context.Cited is null || context.SourceId is null || context.FactId is not null)
        {
            return null;
        }

        var words = Language.Tokenizer.LowerWords(text);
        if (words.Count > 4 || !words.Contains("who")
            || !words.Any(w => w is "said" or "say" or "says" or "tweeted" or "wrote" or "announced") || context.FactId is not null)
        {
            return null;
        }

        return new Answer(AnswerKind.Answered, $"It was {context.Speaker} [1].", [CitationOf(context)], [], context) { Asked = AnswerType.Speaker };
    }

    private Citation CitationOf(FollowUpContext context)
    {
        var source = Model().Knowledge.Sources.GetValueOrDefault(context.SourceId!);
        return new Citation(1, context.SourceId!, source?.Title ?? context.SourceId!, source?.Url, context.Cited!, CitationAbstract.Cut(context.Cited!, context.Speaker));
    }

    /// <summary>What a curated answer leaves for the next question to refer back to, in the terms answering from text uses.</summary>
    private static FollowUpContext CuratedContext(FollowUpContext next, string question, Fact fact, AnsweringModel model)
    {
        var entities = model.Knowledge.Entities;
        var about = entities.GetValueOrDefault(fact.About);
        var person = next.PersonId is not null && entities.TryGetValue(next.PersonId, out var p) ? p.Name : next.Person;
        return next with
        {
            Question = question,
            Person = person,
            Topic = FollowUps.TopicOf(question) ?? about?.Name,
            Place = fact.Asks == FactKind.Place ? fact.Answer : Referents.PlaceNamed(question),
            Speaker = fact.SaidBy,
            SourceId = fact.SourceId,
            Cited = fact.Passage,
        };
    }

    public string Explain(string question, FollowUpContext context)
    {
        context ??= FollowUpContext.Empty;
        var model = Model();
        var text = QuestionNormalizer.Normalize(question);
        var report = new System.Text.StringBuilder();
        foreach (var part in QuestionSplitter.Split(text).Select(QuestionPart))
        {
            var (_, finding, reading, _, _) = Read(part, context, model);
            // Explained as answered: a pronoun with no one to refer to, or a bare "why?" of no answer, is declined before
            // any fact or text is weighed.
            var nothingToAsk = FollowUps.NoOneToReferTo(reading, context) || FollowUps.WhyOfNoAnswer(part, context);
            var fact = nothingToAsk ? null : finding.Fact;
            var decision = fact is null && nothingToAsk ? Ranking.Decision.None : TextAnswering.Answer(reading, model);
            var wins = fact is not null && CuratedWins(reading, fact, decision, model);
            report.Append(Explanation.Write(reading, decision, fact?.ToString(), fact is null ? null : Ranking.CuratedEvidence.Weigh(reading, fact, model), wins));
            context = Ask(part, context).Context;
        }

        return report.ToString();
    }

    public Answer Welcome() =>
        new(AnswerKind.Greeting, "Welcome! " + Model().Knowledge.Story.Greeting, [], Suggest(Model()), FollowUpContext.Empty);

    /// <summary>
    /// The question in a message that says more ("Quick question: where ...?", "I heard it's in Bangkok. Where is ...?"):
    /// the first sentence that asks something, if it has some words of its own; otherwise the whole message.
    /// </summary>
    internal static string QuestionPart(string text)
    {
        // Most messages are one question: nothing that ends a sentence or opens a clause before their last character.
        var body = text.AsSpan().TrimEnd();
        if (body.Length < 2 || (body[..^1].IndexOfAny('.', '?', '!') < 0 && !body.Contains(": ", StringComparison.Ordinal)))
        {
            return text;
        }

        var pieces = Language.SentenceSplitter.Split(text)
            .SelectMany(s => s.Split(": ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        if (pieces.Count < 2)
        {
            return text;
        }

        foreach (var piece in pieces)
        {
            var words = TextWords.Of(piece);
            if (words.Count >= 3 && (piece.EndsWith('?') || QuestionWords.Asking.Contains(words[0])))
            {
                return piece;
            }
        }

        return text;
    }

    private Answer ContextLost(AnsweringModel model, AnswerType asked) =>
        new(
            AnswerKind.Declined,
            "Sorry, I lost track of our conversation just now, so I can't tell what that refers to. Please ask the whole question again.",
            [],
            Suggest(model),
            FollowUpContext.Empty)
        { Asked = asked, Decline = DeclineReason.ContextLost };

    private Answer TooLong(FollowUpContext context) =>
        new(AnswerKind.Unreadable, $"That message is too long for me to read. Please ask a shorter question (up to {_options.MaxQuestionLength} characters).", [], [], context);

    private IReadOnlyList<string> Suggest(AnsweringModel model) => AnswerComposer.Suggest(model, null, _options.Suggestions);

    /// <summary>The answering model of the knowledge being served (prepared when that knowledge was loaded).</summary>
    private AnsweringModel Model() => _models.For(_knowledge.Current);
}
