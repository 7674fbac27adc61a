namespace SummitBot.Search;

/// <summary>
/// A sentence found by a search, with everything stored for it: its source and place, its text, the words it refers
/// back to (<see cref="Context"/>), the names of the sentence before (<see cref="Near"/>) and its encoded annotations.
/// </summary>
public sealed record SentenceHit(
    int Doc,
    float Score,
    string SourceId,
    int Paragraph,
    int Sentence,
    string Text,
    string Context,
    string Near,
    string Annotations,
    long Order);
