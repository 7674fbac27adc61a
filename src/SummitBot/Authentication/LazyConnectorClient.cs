using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace SummitBot.Authentication;

/// <summary>
/// A connector client made on first use (<see cref="LazyConnectorFactory"/>). The SDK's factory completes at once (it
/// only builds credentials; tokens are fetched when a request is sent), so waiting for it on first use blocks nothing.
/// </summary>
internal sealed class LazyConnectorClient(Func<Task<IConnectorClient>> create) : IConnectorClient
{
    private readonly Lazy<IConnectorClient> _client = new(() => create().GetAwaiter().GetResult(), LazyThreadSafetyMode.ExecutionAndPublication);

    public Uri BaseUri
    {
        get => _client.Value.BaseUri;
        set => _client.Value.BaseUri = value;
    }

    public JsonSerializerSettings SerializationSettings => _client.Value.SerializationSettings;

    public JsonSerializerSettings DeserializationSettings => _client.Value.DeserializationSettings;

    public ServiceClientCredentials Credentials => _client.Value.Credentials;

    public IAttachments Attachments => _client.Value.Attachments;

    public IConversations Conversations => _client.Value.Conversations;

    public void Dispose()
    {
        if (_client.IsValueCreated)
        {
            _client.Value.Dispose();
        }
    }
}
