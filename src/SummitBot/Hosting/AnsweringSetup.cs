using SummitBot.Answering;

namespace SummitBot.Hosting;

/// <summary>The answering core (knowledge, index, answering) in the web host.</summary>
public static class AnsweringSetup
{
    /// <summary>Registers the answering core with its options bound from configuration and validated at start-up.</summary>
    public static WebApplicationBuilder AddSummitBotAnswering(this WebApplicationBuilder builder)
    {
        builder.Services.AddAnswering(builder.Configuration, builder.Environment.ContentRootPath);
        return builder;
    }
}
