using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "On Monday, a small cargo plane ...", "In Lisbon, the old ferry ...": a capitalized word before the comma that
/// opens a sentence's phrase of when or where is no name the thing after the comma describes (as "Panmongak" is in
/// "walked out of Panmongak, the grey building"): a capitalized run led by its own preposition (the sentence's first
/// word), or a date, is the circumstance, not the thing. A name after a preposition inside the sentence still is one.
/// </summary>
internal static class AppositionOpener
{
    /// <summary>Whether the capitalized words from token <paramref name="nameStart"/> (text <paramref name="from"/>..<paramref name="to"/>) are a time, or a phrase opened by a preposition of their own.</summary>
    public static bool IsPhraseOfCircumstance(Passage passage, List<Language.Token> tokens, int nameStart, int from, int to) =>
        Language.Words.CommonWords.IsPreposition(tokens[nameStart].Text.ToLowerInvariant())
        || passage.Of(AnnotationKind.Date).Any(d => d.Start <= from && d.End >= to);
}
