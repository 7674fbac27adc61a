using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SummitBot.Answering;
using SummitBot.Tests.Support;

namespace SummitBot.Benchmarks.Answering;

/// <summary>
/// The answering core as the bot registers it (<see cref="AnsweringServiceCollectionExtensions.AddAnswering"/>), on an
/// in-memory configuration pointing at a knowledge folder and an index folder, without the web host.
/// </summary>
internal static class AnsweringServices
{
    public static ServiceProvider Create(string knowledgePath, string indexPath)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Knowledge:Path"] = knowledgePath,
                ["Knowledge:Watch"] = "false",
                ["Search:IndexPath"] = indexPath,
                ["Answering:MaxQuestionLength"] = "500",
                ["Answering:Suggestions"] = "3",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddFilter(level => level >= LogLevel.Warning));
        services.AddAnswering(configuration, RepoPaths.Root);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
