using SummitBot.Knowledge;

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

    /// <summary>Every word a chit-chat message or a help phrase is made of.</summary>
    private static readonly HashSet<string> Known = new(
        Greetings.Concat(HelpWords).Concat(ThanksWords).Concat(Filler).Concat(HelpPhrases.SelectMany(p => p.Split(' '))), StringComparer.Ordinal);

    /// <summary>A help phrase may be followed by this many other words ("what can you do for me").</summary>
    private const int WordsAfterPhrase = 2;

    public static IEnumerable<string> Words => Greetings.Concat(HelpWords).Concat(ThanksWords).Concat(Filler);

    /// <summary>
    /// Chit-chat in a message. Most messages are questions, ruled out by their first few words before the message's
    /// words are listed.
    /// </summary>
    public static AnswerKind? Recognize(string text) => MayBe(text) ? Recognize(TextWords.Of(text)) : null;

    private static bool MayBe(string text)
    {
        var known = Known.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[32];
        var others = 0;
        for (var at = 0; TextWords.Next(text, ref at, out var start, out var length);)
        {
            var lower = buffer[..Math.Min(length, buffer.Length)];
            text.AsSpan(start, lower.Length).ToLowerInvariant(lower);
            if ((length > buffer.Length || !known.Contains(lower)) && ++others > WordsAfterPhrase)
            {
                return false;
            }
        }

        return true;
    }

    public static AnswerKind? Recognize(IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return null;
        }

        var phrase = string.Join(' ', words);
        if (HelpPhrases.Any(p => phrase == p || phrase.StartsWith(p + " ", StringComparison.Ordinal) && words.Count <= p.Split(' ').Length + WordsAfterPhrase))
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
