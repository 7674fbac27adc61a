namespace SummitBot.Language;

/// <summary>Splits a paragraph into sentences, without breaking after initials and abbreviations such as "U.S." or "Feb.".</summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "u.s", "u.k", "u.n", "d.p.r.k", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "no", "vs", "etc",
        "adm", "sgt", "capt", "cmdr", "maj", "brig", "pvt", "cpl", "prof", "amb", "hon", "rev", "mt", "ft", "approx", "dept", "univ", "corp", "inc", "ltd", "co",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m",
    };

    public static List<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            var end = i + 1;
            while (end < paragraph.Length && paragraph[end] is '"' or '\u201D' or '\u2019' or '\'' or ')')
            {
                end++;
            }

            if (end >= paragraph.Length || !char.IsWhiteSpace(paragraph[end]))
            {
                continue;
            }

            var next = end;
            while (next < paragraph.Length && char.IsWhiteSpace(paragraph[next]))
            {
                next++;
            }

            if (next >= paragraph.Length || !StartsSentence(paragraph[next]) || (c == '.' && IsAbbreviation(paragraph, start, i)))
            {
                continue;
            }

            sentences.Add(paragraph[start..end].Trim());
            start = next;
            i = next - 1;
        }

        if (start < paragraph.Length && paragraph[start..].Trim() is { Length: > 0 } last)
        {
            sentences.Add(last);
        }

        return sentences;
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u2018' or '\'' or '(';

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '\u201C'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        return word.Length == 1 && char.IsUpper(word[0]) || Abbreviations.Contains(word) || IsInitials(word);
    }

    /// <summary>"H.R" of "H.R. McMaster", "J.D": single capitals joined by periods are initials, as "U.S" is.</summary>
    private static bool IsInitials(string word) =>
        word.Length >= 3 && word.Split('.').All(part => part.Length == 1 && char.IsUpper(part[0]));
}
