using System.Text.RegularExpressions;
using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language.Relations;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Where did the defector live?" and "lived for a decade under Oslo's protection in a flat in Tromso": a place in the
/// possessive before a noun of a deed or a body ("Oslo's protection", "Norway's navy") stands for its government, whose
/// that thing is; it is not where the asked deed was done. A possessive before a noun of place or a building ("Norway's
/// western coast", "Pyongyang's main airport", "Seoul's embassy") may locate, and keeps its fit, as does the owner when
/// the question asks who did it (<see cref="QuestionReading.AsksDoerPlace"/>).
/// </summary>
internal static partial class PlaceAsOwner
{
    /// <summary>How much of its fit a place keeps that only owns a deed or a body of the sentence.</summary>
    private const double Owner = 0.4;

    /// <summary>
    /// How many steps up WordNet's hypernyms (read word by word, every sense) a noun is looked at: further up, a word's
    /// senses wander ("protection", an activity, reaches "region" through "state" in five).
    /// </summary>
    private const int Steps = 3;

    /// <summary>"'s protection", "'s territorial waters": the possessive and up to three lower-case words after it.</summary>
    [GeneratedRegex(@"^['\u2019]s\s+([a-z-]+)(?:\s+([a-z-]+))?(?:\s+([a-z-]+))?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Language.RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Owned();

    /// <summary>The kinds of noun a place's government may own that are no place: deeds and bodies.</summary>
    private static readonly string[] OwnedKinds = ["act", "organization"];

    /// <summary>The kinds of noun that are places or buildings, which a possessive place may only locate.</summary>
    private static readonly string[] PlaceKinds = ["location", "region", "area", "geographical area", "facility", "building", "housing", "structure"];

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type != AnswerType.Place || question.AsksDoerPlace || candidate.Passage is not { } passage || candidate.End >= passage.Text.Length)
        {
            return 1.0;
        }

        var match = Owned().Match(passage.Text[candidate.End..Math.Min(passage.Text.Length, candidate.End + 50)]);
        return match.Success && OwnedNoun(match) is { } noun && IsOwnedNonPlace(noun) ? Owner : 1.0;
    }

    /// <summary>The owned noun: the first word after the possessive that WordNet does not know as an adjective ("foreign").</summary>
    private static string? OwnedNoun(Match match)
    {
        var relations = WordRelations.Default;
        return match.Groups.Values.Skip(1).Where(g => g.Success).Select(g => g.Value).FirstOrDefault(w => !relations.IsAdjective(w));
    }

    /// <summary>A noun WordNet knows as a deed, a body or a person, and not as a place or a building.</summary>
    private static bool IsOwnedNonPlace(string noun)
    {
        var relations = WordRelations.Default;
        if (Language.Words.PlaceWords.Kinds.ContainsKey(noun) || !relations.IsNoun(noun))
        {
            return false;
        }

        return OwnedKinds.Any(k => relations.IsKindOf(noun, k, Steps)) && !PlaceKinds.Any(k => relations.IsKindOf(noun, k, Steps));
    }
}
