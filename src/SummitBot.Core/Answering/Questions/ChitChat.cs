namespace SummitBot.Answering.Questions;

/// <summary>Greetings, requests for help and thanks: recognised only when a message is nothing else.</summary>
internal static class ChitChat
{
    private static readonly HashSet<string> Greetings = new(StringComparer.Ordinal)
    {
        "hi", "hello", "hey", "hiya", "howdy", "greetings", "yo", "morning", "afternoon", "evening", "hallo", "hola", "sup", "start",
    };

    private static readonly HashSet<string> HelpWords = new(StringComparer.Ordinal)
    {
        "help", "commands", "menu", "options", "examples", "example", "instructions", "usage",
    };

    private static readonly HashSet<string> ThanksWords = new(StringComparer.Ordinal)
    {
        "thanks", "thank", "thx", "ty", "cheers", "bye", "goodbye", "cool", "great", "awesome", "nice", "perfect", "appreciated", "appreciate",
    };

    /// <summary>Words that may stand around chit-chat without making it a question.</summary>
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "there", "bot", "summitbot", "you", "so", "much", "very", "a", "lot", "good", "ok", "okay", "please", "me", "again", "all", "guys",
        "folks", "everyone", "and", "oh", "well", "for", "that", "the", "info", "answer", "see", "later", "i", "need", "some",
    };

    /// <summary>Phrases asking what the bot is or can do.</summary>
    private static readonly string[] HelpPhrases =
    [
        "what can you do", "what do you do", "what can i ask", "what do you know", "who are you", "what are you", "how does this work",
        "how do you work", "what should i ask", "what can you answer", "what are you for", "how can you help",
    ];

    public static IEnumerable<string> Words => Greetings.Concat(HelpWords).Concat(ThanksWords).Concat(Filler);

    public static AnswerKind? Recognize(IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return null;
        }

        var phrase = string.Join(' ', words);
        if (HelpPhrases.Any(p => phrase == p || phrase.StartsWith(p + " ", StringComparison.Ordinal) && words.Count <= p.Split(' ').Length + 2))
        {
            return AnswerKind.Greeting;
        }

        var greeting = false;
        var thanks = false;
        foreach (var word in words)
        {
            if (Greetings.Contains(word) || HelpWords.Contains(word))
            {
                greeting = true;
            }
            else if (ThanksWords.Contains(word))
            {
                thanks = true;
            }
            else if (!Filler.Contains(word))
            {
                return null;
            }
        }

        return thanks ? AnswerKind.Thanks : greeting ? AnswerKind.Greeting : null;
    }
}
