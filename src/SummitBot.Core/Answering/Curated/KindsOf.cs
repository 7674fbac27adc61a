namespace SummitBot.Answering.Curated;

/// <summary>The kinds of fact (their <c>asks</c>) that answer each kind of question, best first; shared, never changed.</summary>
internal static class KindsOf
{
    public static readonly string[] Place = ["place"];

    public static readonly string[] Date = ["date"];

    public static readonly string[] Person = ["person"];

    public static readonly string[] Title = ["title", "person"];

    public static readonly string[] Number = ["number"];

    public static readonly string[] Reason = ["reason"];

    public static readonly string[] Quote = ["quote", "topic"];

    public static readonly string[] Speaker = ["quote", "topic", "place", "date", "person", "title", "number", "reason"];

    public static readonly string[] AboutPerson = ["person", "title", "topic", "quote", "reason"];

    public static readonly string[] Anything = ["topic", "quote", "person", "title", "place", "date", "reason", "number"];
}
