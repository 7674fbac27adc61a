using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SummitBot.Answering;
using SummitBot.Search;

namespace SummitBot.Tests.Support;

/// <summary>The answering core alone, as the bot's host registers it, on a knowledge folder and a fresh index folder.</summary>
public sealed class AnsweringHost : IDisposable
{
    private readonly ServiceProvider _services;

    public AnsweringHost()
        : this(RepoPaths.Knowledge)
    {
    }

    internal AnsweringHost(string knowledgeFolder, string? indexFolder = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Knowledge:Path"] = knowledgeFolder,
                ["Knowledge:Watch"] = "false",
                ["Search:IndexPath"] = indexFolder ?? RepoPaths.NewTempFolder("index"),
            })
            .Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddAnswering(configuration, RepoPaths.Root)
            .BuildServiceProvider();
    }

    public IAnswerService Service => _services.GetRequiredService<IAnswerService>();

    public IAnswerExplainer Explainer => _services.GetRequiredService<IAnswerExplainer>();

    public IKnowledgeStatus Status => _services.GetRequiredService<IKnowledgeStatus>();

    internal KnowledgeProvider Provider => _services.GetRequiredService<KnowledgeProvider>();

    /// <summary>The answering model of the current knowledge, for tests of one stage (retrieval's query).</summary>
    internal AnsweringModel Model => _services.GetRequiredService<AnsweringModelCache>().For(Provider.Current);

    /// <summary>Asks the questions in turn, in one conversation, and returns the last answer.</summary>
    public Answer Converse(params string[] questions)
    {
        var context = FollowUpContext.Empty;
        Answer? answer = null;
        foreach (var question in questions)
        {
            answer = Service.Ask(question, context);
            context = answer.Context;
        }

        return answer!;
    }

    public void Dispose() => _services.Dispose();
}
