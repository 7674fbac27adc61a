using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SummitBot.Tests.Hardening;

/// <summary>
/// Stands in for a channel's connector service on 127.0.0.1, so activities sent without expectReplies have a serviceUrl
/// that takes the bot's replies: every POST is answered 200 with a resource id, and counted.
/// </summary>
internal sealed class ChannelListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _posts;

    private ChannelListener(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    public int Posts => Volatile.Read(ref _posts);

    public static async Task<ChannelListener> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var listener = new ChannelListener(app);
        app.Run(async context =>
        {
            Interlocked.Increment(ref listener._posts);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"id\":\"reply-1\"}");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        listener.ServiceUrl = address.TrimEnd('/') + "/";
        return listener;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
