using SummitBot.Knowledge;

namespace SummitBot.Answering.Curated;

/// <summary>The kinds of fact (their <c>asks</c>) that answer each kind of question, best first; shared, never changed.</summary>
internal static class KindsOf
{
    public static readonly FactKind[] Place = [FactKind.Place];

    public static readonly FactKind[] Date = [FactKind.Date];

    public static readonly FactKind[] Person = [FactKind.Person];

    public static readonly FactKind[] Title = [FactKind.Title, FactKind.Person];

    public static readonly FactKind[] Number = [FactKind.Number];

    public static readonly FactKind[] Reason = [FactKind.Reason];

    public static readonly FactKind[] Quote = [FactKind.Quote, FactKind.Topic];

    public static readonly FactKind[] Speaker = [FactKind.Quote, FactKind.Topic, FactKind.Place, FactKind.Date, FactKind.Person, FactKind.Title, FactKind.Number, FactKind.Reason];

    public static readonly FactKind[] AboutPerson = [FactKind.Person, FactKind.Title, FactKind.Topic, FactKind.Quote, FactKind.Reason];

    public static readonly FactKind[] Anything = [FactKind.Topic, FactKind.Quote, FactKind.Person, FactKind.Title, FactKind.Place, FactKind.Date, FactKind.Reason, FactKind.Number];
}
