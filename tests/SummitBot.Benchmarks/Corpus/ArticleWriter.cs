using System.Text;

namespace SummitBot.Benchmarks.Corpus;

/// <summary>One generated article: its source file and its facts file, in the knowledge format.</summary>
internal sealed record GeneratedArticle(string Id, string Source, string Facts);

/// <summary>
/// Writes article <c>n</c> of the corpus from its own seeded random stream (so article n is the same in a corpus of
/// 1,000 and of 100,000): two fictional countries preparing a summit, their envoys meeting first, a leader's statement,
/// an agenda. The phrasing follows the shape of real diplomatic reporting on purpose, so the generated passages
/// compete with the real article in search. Every fact's passage is a sentence copied from the article.
/// Generated events carry no <c>ordinal</c>: "the second summit" keeps meaning the real story's, as in the question set.
/// </summary>
internal static class ArticleWriter
{
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    private static readonly string[] LeaderTitles = ["President", "Prime Minister", "Chancellor", "Premier"];
    private static readonly string[] EnvoyTitles = ["Special Envoy", "Special Representative", "Chief Negotiator"];
    private static readonly string[] Topics =
    [
        "fishing rights in the disputed strait", "the reopening of the border crossings", "a new rail link between the capitals",
        "the exchange of detained sailors", "tariffs on grain and steel", "water sharing along the river basin",
        "the withdrawal of artillery from the frontier", "a joint commission on missing persons", "energy transit fees",
        "the demarcation of the maritime boundary", "visa-free travel for students", "the return of cultural artifacts",
    ];
    private static readonly string[] Sections = ["World", "Diplomacy", "Region", "Politics", "Security"];
    private static readonly string[] Publishers = ["The Meridian Ledger", "Coastline Dispatch", "The Continental Review", "Northgate Herald"];
    private static readonly string[] Ordinals = ["first", "second"];

    public static GeneratedArticle Write(World world, int seed, int n)
    {
        // Not HashCode.Combine: it is randomized per process, and the corpus must be the same on every run.
        var random = new Random(unchecked((seed * 1_000_003) + n));
        var id = $"gen-{n:D6}";
        var p = $"g{n:D6}-";
        var a = world.Countries[random.Next(world.Countries.Count)];
        Country b;
        do
        {
            b = world.Countries[random.Next(world.Countries.Count)];
        }
        while (b == a);

        var leaderA = world.People[random.Next(world.People.Count)];
        var leaderB = world.People[random.Next(world.People.Count)];
        var envoyA = world.People[random.Next(world.People.Count)];
        var envoyB = world.People[random.Next(world.People.Count)];
        var titleA = LeaderTitles[random.Next(LeaderTitles.Length)];
        var titleB = LeaderTitles[random.Next(LeaderTitles.Length)];
        var envoyTitle = EnvoyTitles[random.Next(EnvoyTitles.Length)];
        var city = world.Cities[random.Next(world.Cities.Count)];
        var host = world.Countries[random.Next(world.Countries.Count)];
        var month = Months[random.Next(12)];
        var day = random.Next(1, 27);
        var year = random.Next(2003, 2025);
        var ordinal = Ordinals[random.Next(Ordinals.Length)];
        var weekday = Days[random.Next(Days.Length)];
        var topic = Topics[random.Next(Topics.Length)];
        var topic2 = Topics[(Array.IndexOf(Topics, topic) + 1 + random.Next(Topics.Length - 1)) % Topics.Length];
        var pronoun = random.Next(2) == 0 ? "his" : "her";
        var lastA = Last(leaderA);
        var lastB = Last(leaderB);
        var dates = $"{month} {day} and {day + 1}, {year}";

        var title = $"{a.Adjective}, {b.Adjective} Envoys to Meet Before {Capital(ordinal)} {lastA}-{lastB} Summit";
        var lead = $"Diplomacy between {a.Name} and {b.Name} will continue at a working level, officials in {a.Capital} said on {weekday}.";
        var envoySentence = $"{a.Adjective} {envoyTitle} for {b.Name} {envoyA} will meet {pronoun} {b.Adjective} counterpart {envoyB} in {b.Capital} before the {ordinal} summit between the two countries.";
        var whoSentence = $"The summit will be the {ordinal} meeting between {a.Adjective} {titleA} {leaderA} and {b.Adjective} {titleB} {leaderB}.";
        var placeSentence = $"The {lastA}-{lastB} summit will take place in {city}, {host.Name}, on {dates}.";
        var quote = $"We have agreed on a time and a place, and I look forward to real progress on {topic}";
        var quoteSentence = $"\u201C{quote},\u201D {leaderA} said in a statement on {weekday}.";
        var agendaSentence = $"The talks in {city} are expected to focus on {topic} and {topic2}, according to a spokesperson at the {a.Adjective} foreign ministry.";
        var closing = $"Analysts in {b.Capital} said the meeting could set the tone for relations between the two governments for years to come, though neither side has said what it would concede.";

        var source = new StringBuilder()
            .AppendLine($"# Generated for benchmarks (seed {seed}, article {n}); fictional countries and people.")
            .AppendLine($"id: {id}")
            .AppendLine($"title: {title}")
            .AppendLine($"section: {Sections[random.Next(Sections.Length)]}")
            .AppendLine($"publisher: {Publishers[random.Next(Publishers.Length)]}")
            .AppendLine($"published: {month} {Math.Max(1, day - random.Next(1, 20))}, {year}")
            .AppendLine("---")
            .AppendLine(lead).AppendLine()
            .AppendLine(envoySentence).AppendLine()
            .AppendLine($"{whoSentence} {placeSentence}").AppendLine()
            .AppendLine(quoteSentence).AppendLine()
            .AppendLine(agendaSentence).AppendLine()
            .AppendLine(closing)
            .ToString();

        var summit = p + "summit";
        var facts = new StringBuilder()
            .AppendLine($"# Facts of generated article {id} (fictional).")
            .AppendLine()
            .AppendLine($"[entity {p}leader-a]").AppendLine($"name: {leaderA}").AppendLine("type: person")
            .AppendLine($"aliases: {leaderA} | {titleA} {lastA} | {a.Adjective} {titleA}").AppendLine()
            .AppendLine($"[entity {p}leader-b]").AppendLine($"name: {leaderB}").AppendLine("type: person")
            .AppendLine($"aliases: {leaderB} | {titleB} {lastB} | {b.Adjective} {titleB}").AppendLine()
            .AppendLine($"[entity {p}envoy-a]").AppendLine($"name: {envoyA}").AppendLine("type: person")
            .AppendLine($"aliases: {envoyA} | {envoyTitle} {Last(envoyA)} | {a.Adjective} envoy for {b.Name}").AppendLine()
            .AppendLine($"[entity {summit}]").AppendLine($"name: the {ordinal} {lastA}-{lastB} summit").AppendLine("type: event").AppendLine("class: summit")
            .AppendLine(year >= 2019 ? "tense: future" : "tense: past")
            .AppendLine($"involves: {p}leader-a | {p}leader-b")
            .AppendLine($"aliases: {lastA}-{lastB} summit | {ordinal} {lastA}-{lastB} summit | {a.Adjective}-{b.Adjective} summit | {city} summit").AppendLine()
            .AppendLine($"[fact {summit}-place]").AppendLine($"about: {summit}").AppendLine("asks: place")
            .AppendLine($"answer: {city}, {host.Name}")
            .AppendLine($"says: The {ordinal} {lastA}-{lastB} summit will take place in {city}, {host.Name}, on {dates}.")
            .AppendLine($"source: {id}").AppendLine($"passage: {placeSentence}").AppendLine()
            .AppendLine($"[fact {summit}-date]").AppendLine($"about: {summit}").AppendLine("asks: date")
            .AppendLine($"answer: {dates}")
            .AppendLine($"says: The {ordinal} {lastA}-{lastB} summit will take place on {dates}, in {city}.")
            .AppendLine($"source: {id}").AppendLine($"passage: {placeSentence}").AppendLine()
            .AppendLine($"[fact {summit}-who]").AppendLine($"about: {summit}").AppendLine("asks: person")
            .AppendLine($"answer: {leaderA} and {leaderB}")
            .AppendLine($"says: The summit will be between {a.Adjective} {titleA} {leaderA} and {b.Adjective} {titleB} {leaderB}.")
            .AppendLine($"source: {id}").AppendLine($"passage: {whoSentence}").AppendLine("cue: attend participants leaders").AppendLine()
            .AppendLine($"[fact {p}envoy-a-title]").AppendLine($"about: {p}envoy-a").AppendLine("asks: title")
            .AppendLine($"answer: {a.Adjective} {envoyTitle} for {b.Name}")
            .AppendLine($"says: {envoyA} is the {a.Adjective} {envoyTitle} for {b.Name}.")
            .AppendLine($"source: {id}").AppendLine($"passage: {envoySentence}").AppendLine()
            .AppendLine($"[fact {p}leader-a-statement]").AppendLine($"about: {summit}").AppendLine("asks: quote")
            .AppendLine($"answer: {quote}.")
            .AppendLine($"says: {leaderA} said: \"{quote}.\"")
            .AppendLine($"source: {id}").AppendLine($"passage: {quoteSentence}").AppendLine($"said-by: {leaderA}, in a statement on {weekday}").AppendLine()
            .AppendLine($"[fact {summit}-agenda]").AppendLine($"about: {summit}").AppendLine("asks: topic")
            .AppendLine($"answer: {topic} and {topic2}")
            .AppendLine($"says: The {lastA}-{lastB} talks are expected to focus on {topic} and {topic2}.")
            .AppendLine($"source: {id}").AppendLine($"passage: {agendaSentence}").AppendLine("cue: agenda focus discuss topics")
            .ToString();

        return new GeneratedArticle(id, source, facts);
    }

    private static string Last(string person) => person[(person.LastIndexOf(' ') + 1)..];

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
