using SummitBot.Channels.DirectLine;
using SummitBot.Hosting;
using SummitBot.Hardening;
using SummitBot.Observability;
using SummitBot.WebChat;

// `ask "question"` (and other commands) run without starting the server.
if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(BotHost.Options(args));

builder.AddSummitBotAnswering();
builder.AddSummitBotConversation();
builder.AddDirectLine();
builder.AddSummitBotHardening();
builder.AddSummitBotObservability();

var app = builder.Build();

app.UseSummitBotHardening();
app.MapSummitBotObservability();
app.MapSummitBot();
app.MapDirectLine();
app.MapWebChat();

await app.RunAsync();
return 0;

/// <summary>The web host's entry point; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
