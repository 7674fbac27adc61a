using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SummitBot.Knowledge;
using SummitBot.Search;

namespace SummitBot.Answering;

/// <summary>Registers the answering core: knowledge, index and answering, with validated options.</summary>
public static class AnsweringServiceCollectionExtensions
{
    public static IServiceCollection AddAnswering(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<KnowledgeOptions>()
            .Bind(configuration.GetSection(KnowledgeOptions.Section))
            .PostConfigure(o => o.Path = Path.GetFullPath(o.Path, contentRoot))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<SearchOptions>()
            .Bind(configuration.GetSection(SearchOptions.Section))
            .PostConfigure(o => o.IndexPath = Path.GetFullPath(o.IndexPath, contentRoot))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<AnsweringOptions>()
            .Bind(configuration.GetSection(AnsweringOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AnsweringModelCache>();
        services.AddSingleton<ISnapshotPreparer>(sp => sp.GetRequiredService<AnsweringModelCache>());
        services.AddSingleton<KnowledgeProvider>();
        services.AddSingleton<IKnowledgeStatus>(sp => sp.GetRequiredService<KnowledgeProvider>());
        services.AddHostedService<KnowledgeWatcher>();
        services.AddSingleton<AnswerService>();
        services.AddSingleton<IAnswerService>(sp => sp.GetRequiredService<AnswerService>());
        services.AddSingleton<IAnswerExplainer>(sp => sp.GetRequiredService<AnswerService>());
        return services;
    }
}
