using SummitBot.Knowledge;

namespace SummitBot.Search;

/// <summary>
/// A source as the index holds it: its metadata and file stamp (without its text), its ordinal (its place in
/// knowledge order, which breaks ties between equal scores) and the people the article names, encoded.
/// </summary>
internal sealed record IndexedSource(SourceDocument Source, int Ordinal, string People);
