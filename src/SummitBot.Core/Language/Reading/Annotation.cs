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

    /// <summary>For a place: the detail is "Kind|Country", with "|demonym" when a people's adjective stood for the
    /// place ("Latvian"); <see cref="PlaceDetail"/> writes it, and these read it, so the format is spelt in one type.</summary>
    public bool IsDemonym => Kind == AnnotationKind.Place && Detail.EndsWith(DemonymMark, StringComparison.Ordinal);

    /// <summary>For a place: a country named as such (not a people's adjective standing for it).</summary>
    public bool IsCountryName => Kind == AnnotationKind.Place && Detail.StartsWith(CountryMark, StringComparison.Ordinal) && !IsDemonym;

    /// <summary>For a place: its kind, the detail's first field (Unknown for any other annotation).</summary>
    public World.PlaceKind PlaceKind
    {
        get
        {
            if (Kind != AnnotationKind.Place)
            {
                return World.PlaceKind.Unknown;
            }

            var first = Detail.IndexOf('|');
            var name = first < 0 ? Detail.AsSpan() : Detail.AsSpan(0, first);
            return Enum.TryParse<World.PlaceKind>(name, out var kind) ? kind : World.PlaceKind.Unknown;
        }
    }

    /// <summary>For a place: its country, the detail's second field (empty when the gazetteer gives none); a span, as
    /// it is read for every place of every passage.</summary>
    public ReadOnlySpan<char> PlaceCountry
    {
        get
        {
            var first = Detail.IndexOf('|');
            if (Kind != AnnotationKind.Place || first < 0)
            {
                return [];
            }

            var rest = Detail.AsSpan(first + 1);
            var second = rest.IndexOf('|');
            return second < 0 ? rest : rest[..second];
        }
    }

    /// <summary>The detail of a place annotation: its kind, its country, and whether a people's adjective stood for it.</summary>
    public static string PlaceDetail(World.PlaceKind kind, string? country, bool demonym) =>
        $"{kind}|{country ?? string.Empty}{(demonym ? DemonymMark : string.Empty)}";

    private const string DemonymMark = "|demonym";

    private const string CountryMark = nameof(World.PlaceKind.Country) + "|";

    public string TextIn(string sentence) => sentence[Start..End];
}
