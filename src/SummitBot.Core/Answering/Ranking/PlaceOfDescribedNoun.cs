using System.Text.RegularExpressions;
using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language.Relations;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "... signed the lease with the owner, a trading firm in Lisbon": a place inside an apposition that tells what a
/// person or an organisation is ("a firm in ...", "a dealer based in ...") says where that one is, not where the
/// sentence's deed was done. Asked where the deed took place, the place only describes a party to it. (Asked where
/// the party itself is, its noun is a word of the question, and the place answers.) An apposition of a kind of place
/// ("a city in ...") is <see cref="PlaceOfPlace"/>'s. "A nurse at a clinic in Bergen" is the same: the clinic is where
/// she works, not where she was stopped, when the sentence tells the asked deed past the apposition; with no asked deed
/// told after it ("where does she work?"), the place "at" is all the sentence says of her, and keeps its fit.
/// </summary>
internal static partial class PlaceOfDescribedNoun
{
    /// <summary>How much of its fit a place keeps that only says where a person or organisation of the sentence is.</summary>
    private const double OfParty = 0.3;

    /// <summary>How many steps up WordNet's hypernyms a noun may be a kind of person or organisation.</summary>
    private const int Steps = 5;

    /// <summary>", a company in ", ", an oil dealer based in ": the apposition's noun right before the place.</summary>
    [GeneratedRegex(@",\s+(?:a|an)\s+(?:[\w'-]+\s+){0,2}?([a-z]+)\s+(?:(?:based|located|headquartered|registered)\s+)?(in|at)\s+(?:the\s+)?$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Language.RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Apposition();

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type != AnswerType.Place || question.LocationAsked is not null || candidate.Passage is not { } passage || candidate.Start < 8)
        {
            return 1.0;
        }

        var text = passage.Text;
        var from = Math.Max(0, candidate.Start - 60);
        var match = Apposition().Match(text[from..candidate.Start]);
        if (!match.Success)
        {
            return 1.0;
        }

        var noun = match.Groups[1].Value;
        if (match.Groups[2].Value == "at" && !DeedTellsAfter(question, passage, candidate.End))
        {
            return 1.0;
        }

        return IsParty(noun) && !Asked(question, passage, noun) ? OfParty : 1.0;
    }

    /// <summary>A noun of a kind of person or organisation ("company", "firm", "broker"), not of a kind of place.</summary>
    private static bool IsParty(string noun)
    {
        var relations = WordRelations.Default;
        return !Language.Words.PlaceWords.Kinds.ContainsKey(noun) && relations.IsNoun(noun)
            && (relations.IsKindOf(noun, "organization", Steps) || relations.IsKindOf(noun, "person", Steps));
    }

    /// <summary>
    /// Whether a word of the asked deed stands after the place, outside the apposition ("..., was stopped at the gate"):
    /// only then is the apposition's place "at" (where a person works or studies) set apart from the deed's own place.
    /// </summary>
    private static bool DeedTellsAfter(QuestionReading question, Retrieval.Passage passage, int end)
    {
        var deeds = AskedDeeds.Of(question);
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        for (var k = tokens.FindIndex(t => t.Start >= end); k >= 0 && k < tokens.Count; k++)
        {
            if (tokens[k].IsWord && !tokens[k].IsCapitalized && deeds.Any(t => t.IsIn(stems[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the question names the party: "where is the firm based?" asks its place.</summary>
    private static bool Asked(QuestionReading question, Retrieval.Passage passage, string noun)
    {
        var stems = passage.Analyze(noun);
        return question.Terms.Any(t => t.IsIn(stems));
    }
}
