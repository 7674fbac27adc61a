using SummitBot.Search;

namespace SummitBot.Answering.Questions;

/// <summary>
/// A person a question names, by name or by role ("Biegun", "the US envoy"): the people it may mean (several when a
/// name is shared: "Kim"), and where it stands in the question's words.
/// </summary>
internal sealed record NamedPerson(string Words, IReadOnlyList<CatalogPerson> Candidates, bool ByRole)
{
    public bool IsAmbiguous => Candidates.Count > 1;
}
