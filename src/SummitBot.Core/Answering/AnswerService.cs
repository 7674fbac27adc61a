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
internal sealed class AnswerService : IAnswerService
{
    private const string Intro = "I answer questions about the US\u2013North Korea talks from my sources, and cite the passage each answer comes from.";

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
        var words = TextWords.Of(text);
        if (words.Count == 0)
        {
            return new Answer(AnswerKind.Unreadable, "I didn't catch a question there. " + Intro, [], Suggest(model), context);
        }

        switch (ChitChat.Recognize(words))
        {
            case AnswerKind.Greeting:
                return new Answer(AnswerKind.Greeting, "Hello! " + Intro, [], Suggest(model), context);
            case AnswerKind.Thanks:
                return new Answer(AnswerKind.Thanks, "You're welcome! Ask me anything else about the US\u2013North Korea talks.", [], [], context);
        }

        var (parsed, _) = FactQuestionReader.Read(QuestionPart(text), model);
        if (contextLost && LeansOnContext(parsed))
        {
            return ContextLost(model, parsed.Asks);
        }

        var finding = FactFinder.Find(parsed, context, model);
        return AnswerComposer.Compose(finding, context, parsed, model, _options.Suggestions);
    }

    public Answer Welcome() =>
        new(AnswerKind.Greeting, "Welcome! " + Intro, [], Suggest(Model()), FollowUpContext.Empty);

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

    /// <summary>A follow-up ("and where?", "what is his title?") that names nothing of its own.</summary>
    private static bool LeansOnContext(ParsedQuestion q) =>
        q.Mentions.Count == 0 && (q.PersonPronoun || q.ThingPronoun || q.Elliptical || q.OrdinalOfLastTopic || q.Content.Count == 0);

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
