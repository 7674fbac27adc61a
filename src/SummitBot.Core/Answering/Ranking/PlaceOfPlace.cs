using System.Text.RegularExpressions;
using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "off the coast of Oga, a city in Akita prefecture": a place inside an apposition that tells what another place is
/// ("a city in ...", "a port on ...") says where that place lies. Asked where something happened, the place named
/// first is where; the wider one only places it. (Asked where the first place lies, <see cref="LocationOfPlace"/>
/// answers with the wider one.)
/// </summary>
internal static partial class PlaceOfPlace
{
    /// <summary>How much of its fit a place keeps that only says where the place before it lies.</summary>
    private const double Wider = 0.5;

    [GeneratedRegex(@",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|port|island|county|province|prefecture|region|district|base|resort)\s+(?:in|on|of|near)\s+(?:the\s+)?$",
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

        // The apposition follows a place's name right before its comma.
        var comma = from + match.Index;
        return passage.Of(Language.Reading.AnnotationKind.Place).Any(p => p.End == comma) ? Wider : 1.0;
    }
}
