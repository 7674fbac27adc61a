using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using SummitBot.Authentication;

namespace SummitBot.Tests.Authentication;

/// <summary>Overriding one SDK endpoint (e.g. the OpenID metadata URL) keeps the public cloud's values for the others.</summary>
public sealed class EndpointDefaultsTests
{
    [Fact]
    public void FillsTheOtherPublicCloudEndpointsWhenOneIsOverridden()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ToBotFromChannelOpenIdMetadataUrl"] = "https://127.0.0.1:1/metadata",
            ["ToChannelFromBotOAuthScope"] = string.Empty,
        }).Build();

        var effective = ChannelAuthenticationSetup.WithEndpointDefaults(configuration);

        Assert.Equal("https://127.0.0.1:1/metadata", effective["ToBotFromChannelOpenIdMetadataUrl"]);
        Assert.Equal(AuthenticationConstants.ToBotFromChannelTokenIssuer, effective["ToBotFromChannelTokenIssuer"]);
        Assert.Equal(AuthenticationConstants.ToChannelFromBotOAuthScope, effective["ToChannelFromBotOAuthScope"]);
        Assert.Equal(AuthenticationConstants.ToChannelFromBotLoginUrlTemplate, effective["ToChannelFromBotLoginUrl"]);
    }

    [Fact]
    public void LeavesAnUntouchedOrGovernmentConfigurationAlone()
    {
        var plain = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppId"] = "x" }).Build();
        var government = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChannelService"] = "https://botframework.azure.us",
            ["ToBotFromChannelOpenIdMetadataUrl"] = "https://127.0.0.1:1/metadata",
        }).Build();

        Assert.Same(plain, ChannelAuthenticationSetup.WithEndpointDefaults(plain));
        Assert.Same(government, ChannelAuthenticationSetup.WithEndpointDefaults(government));
    }
}
