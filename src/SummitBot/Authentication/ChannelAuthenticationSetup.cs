using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace SummitBot.Authentication;

/// <summary>
/// Channel-to-bot authentication: the SDK's <see cref="ConfigurationBotFrameworkAuthentication"/> (settings named as in the
/// Bot Framework templates: <c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>)
/// behind <see cref="FailClosedAuthentication"/>. No App ID: anonymous (the Emulator, local clients). An App ID: signed requests only.
/// </summary>
public static class ChannelAuthenticationSetup
{
    /// <summary>
    /// Settings that switch the SDK from its built-in public cloud to explicit endpoints. The SDK uses none of its
    /// defaults once any one is set, so setting only one (say the OpenID metadata URL) would leave the others empty.
    /// </summary>
    private static readonly Dictionary<string, string?> PublicCloudEndpoints = new()
    {
        ["ToChannelFromBotLoginUrl"] = AuthenticationConstants.ToChannelFromBotLoginUrlTemplate,
        ["ToChannelFromBotOAuthScope"] = AuthenticationConstants.ToChannelFromBotOAuthScope,
        ["ToBotFromChannelTokenIssuer"] = AuthenticationConstants.ToBotFromChannelTokenIssuer,
        ["OAuthUrl"] = AuthenticationConstants.OAuthUrl,
        ["ToBotFromChannelOpenIdMetadataUrl"] = AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
        ["CallerId"] = CallerIdConstants.PublicAzureChannel,
    };

    /// <summary>Registers <see cref="BotFrameworkAuthentication"/>: the SDK's, configured from settings, failing closed.</summary>
    public static IServiceCollection AddChannelAuthentication(this IServiceCollection services)
    {
        services.AddOptions<ChannelAuthenticationOptions>()
            .BindConfiguration(ChannelAuthenticationOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<BotFrameworkAuthentication>(sp =>
        {
            var sdk = new ConfigurationBotFrameworkAuthentication(
                WithEndpointDefaults(sp.GetRequiredService<IConfiguration>()),
                logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>());
            return new FailClosedAuthentication(
                sdk,
                sp.GetRequiredService<IOptions<ChannelAuthenticationOptions>>(),
                sp.GetService<TimeProvider>() ?? TimeProvider.System,
                sp.GetRequiredService<ILogger<FailClosedAuthentication>>());
        });
        return services;
    }

    /// <summary>
    /// The configuration as given, except that when some but not all explicit endpoints are set in the public cloud,
    /// the rest get the public cloud's values (what the SDK would use had none been set).
    /// </summary>
    internal static IConfiguration WithEndpointDefaults(IConfiguration configuration)
    {
        var set = PublicCloudEndpoints.Keys.Where(key => !string.IsNullOrEmpty(configuration[key])).ToList();
        if (set.Count == 0 || set.Count == PublicCloudEndpoints.Count || !string.IsNullOrEmpty(configuration["ChannelService"]))
        {
            return configuration;
        }

        var missing = PublicCloudEndpoints.Where(setting => !set.Contains(setting.Key));
        return new ConfigurationBuilder()
            .AddConfiguration(configuration)
            .AddInMemoryCollection(missing)
            .Build();
    }
}
