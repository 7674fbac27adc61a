using SummitBot.Search;

namespace SummitBot.Answering.Questions;

/// <summary>
/// A person a question names, by name or by role ("Biegun", "the US envoy"): the people it may mean (several when a
/// name is shared: "Kim"), and where it stands in the question's words.
/// </summary>
internal sealed record NamedPerson(string Words, IReadOnlyList<CatalogPerson> Candidates, bool ByRole)
{
    public bool IsAmbiguous => Candidates.Count > 1;

    /// <summary>
    /// The person only qualifies what is asked about ("Trump's announcement", "the Putin summit", "before Kim's visit"):
    /// a sentence may speak of that thing without naming them again, so the article naming them is enough.
    /// </summary>
    public bool Qualifies { get; init; }
}
