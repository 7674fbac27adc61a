namespace SummitBot.Language.Reading;

/// <summary>
/// Something read out of a sentence at index time: a kind, where it stands in the sentence (character offsets, end
/// exclusive), a value and a detail (see <see cref="AnnotationKind"/> for what each holds). Plain data so it can be
/// stored with the sentence in the index and read back when a question needs it.
/// </summary>
public readonly record struct Annotation(AnnotationKind Kind, int Start, int End, string Value, string Detail = "")
{
    /// <summary>For a person: referred to by a pronoun, a short name or a role rather than named in full.</summary>
    public bool IsReference => Kind == AnnotationKind.Person && Detail == ReferenceDetail;

    public const string ReferenceDetail = "ref";

    public string TextIn(string sentence) => sentence[Start..End];
}
