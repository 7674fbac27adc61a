using SummitBot.Answering;

namespace SummitBot.Hosting;

/// <summary>The answering core (knowledge, index, answering) in the web host.</summary>
public static class AnsweringSetup
{
    /// <summary>
    /// The service key of the undecorated answering service. Replacing the keyed registration replaces what answers
    /// (the HTTP benchmark's fixed-reply host does) while every decorator still wraps it.
    /// </summary>
    public const string CoreKey = "SummitBot.Answering.Core";

    /// <summary>
    /// Registers the answering core with its options bound from configuration and validated at start-up. The
    /// <see cref="IAnswerService"/> the bot gets is the core's, wrapped by every registered
    /// <see cref="IAnswerServiceDecorator"/> (in registration order, the first innermost).
    /// </summary>
    public static WebApplicationBuilder AddSummitBotAnswering(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAnswering(builder.Configuration, builder.Environment.ContentRootPath);

        // The core's own registration becomes the keyed inner service; the plain one is the decorated chain.
        var core = services.Single(d => d.ServiceType == typeof(IAnswerService) && !d.IsKeyedService);
        services.Remove(core);
        services.Add(new ServiceDescriptor(typeof(IAnswerService), CoreKey, (sp, _) => Create(sp, core), core.Lifetime));
        services.AddSingleton(sp => sp.GetServices<IAnswerServiceDecorator>()
            .Aggregate(sp.GetRequiredKeyedService<IAnswerService>(CoreKey), (inner, decorator) => decorator.Decorate(inner)));
        return builder;
    }

    private static IAnswerService Create(IServiceProvider services, ServiceDescriptor descriptor) => (IAnswerService)(
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
