using System.Globalization;
using System.Text;

namespace SummitBot.Language.Reading;

/// <summary>
/// Writes a sentence's annotations as one compact string for the index's stored field, and reads them back.
/// Separators are control characters that no text of an article contains (the loader normalizes text).
/// </summary>
public static class AnnotationCodec
{
    private const char Between = '\u001F';
    private const char Field = '\u001E';

    public static string Encode(IReadOnlyList<Annotation> annotations)
    {
        var text = new StringBuilder();
        foreach (var a in annotations)
        {
            if (text.Length > 0)
            {
                text.Append(Between);
            }

            text.Append((int)a.Kind).Append(Field).Append(a.Start).Append(Field).Append(a.End).Append(Field)
                .Append(Clean(a.Value)).Append(Field).Append(Clean(a.Detail));
        }

        return text.ToString();
    }

    public static List<Annotation> Decode(string? encoded)
    {
        var annotations = new List<Annotation>();
        if (string.IsNullOrEmpty(encoded))
        {
            return annotations;
        }

        foreach (var entry in encoded.Split(Between))
        {
            var f = entry.Split(Field);
            if (f.Length == 5)
            {
                annotations.Add(new Annotation(
                    (AnnotationKind)int.Parse(f[0], CultureInfo.InvariantCulture),
                    int.Parse(f[1], CultureInfo.InvariantCulture),
                    int.Parse(f[2], CultureInfo.InvariantCulture),
                    f[3],
                    f[4]));
            }
        }

        return annotations;
    }

    private static string Clean(string value) =>
        value.Contains(Between, StringComparison.Ordinal) || value.Contains(Field, StringComparison.Ordinal)
            ? value.Replace(Between, ' ').Replace(Field, ' ')
            : value;
}
