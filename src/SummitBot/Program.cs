using SummitBot.Hosting;

// `ask "question"` (and other commands) run without starting the server.
if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(BotHost.Options(args));

builder.AddSummitBotAnswering();
builder.AddSummitBotConversation();

var app = builder.Build();

app.MapSummitBot();

await app.RunAsync();
return 0;

/// <summary>The web host's entry point; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
