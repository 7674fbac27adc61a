namespace SummitBot.Language.Reading;

/// <summary>
/// One sentence of an article as read at index time: where it stands, its text, what was found in it, and the words
/// it means without saying them (<see cref="Context"/>: the full names of people it calls "he" or "Kim", the
/// qualifiers of "the summit" it refers back to).
/// </summary>
public sealed record SentenceReading(int Paragraph, int Index, string Text, IReadOnlyList<Annotation> Annotations, string Context);
