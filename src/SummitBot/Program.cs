using SummitBot.Channels.DirectLine;
using SummitBot.Cli;
using SummitBot.Hosting;
using SummitBot.Hardening;
using SummitBot.Observability;
using SummitBot.Unanswered;
using SummitBot.WebChat;

// Commands (ask, chat, import, report, help) run without the server; an unknown command or option prints usage
// and exits non-zero. Only no command, `serve`, or server options and settings start the server.
var commandLine = CommandLine.Parse(args);
if (!commandLine.StartsServer)
{
    return await commandLine.RunAsync();
}

var builder = WebApplication.CreateBuilder(BotHost.Options([.. commandLine.Settings]));

builder.AddSummitBotAnswering();
builder.AddSummitBotConversation();
builder.AddSummitBotUnansweredQuestions();
builder.AddDirectLine();
builder.AddSummitBotHardening();
builder.AddSummitBotObservability();

var app = builder.Build();

app.UseSummitBotHardening();
app.MapSummitBotObservability();
app.MapSummitBot();
app.MapDirectLine();
app.MapWebChat();

await app.RunBotAsync();
return 0;

/// <summary>The web host's entry point; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
