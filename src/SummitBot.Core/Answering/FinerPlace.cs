using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language.Reading;
using SummitBot.Language.World;

namespace SummitBot.Answering;

/// <summary>
/// "Is his wife with him in Pyongyang?" and "... to the Paekhwawon State Guest House, where he and his wife are
/// staying": a venue, or a place whose kind the text does not show, may lie inside the city, region or country the
/// claim names, so finding it says nothing against the claim. A "No" to a claimed place needs a place of the same grain
/// as the claim or a coarser one ("Hanoi" against "Singapore"), never a finer one.
/// </summary>
internal static class FinerPlace
{
    /// <summary>Whether the best place found is finer than every place the claimed word may be, so cannot deny it.</summary>
    public static bool CannotDeny(QuestionReading question, AnswerCandidate best)
    {
        if (question.ClaimType != AnswerType.Place || question.Claim is not { } claim || best.Passage is not { } passage)
        {
            return false;
        }

        var foundKind = passage.Of(AnnotationKind.Place).Where(a => a.Start == best.Start).Select(PlaceExtractor.KindOf).DefaultIfEmpty(PlaceKind.Unknown).First();
        var claimed = Gazetteer.Default.Find(claim.Word);
        return claimed.Count > 0 && claimed.All(p => Grain(foundKind) < Grain(p.Kind));
    }

    /// <summary>How large a place of the kind is: a building smallest, a continent largest.</summary>
    internal static int Grain(PlaceKind kind) => kind switch
    {
        PlaceKind.Venue or PlaceKind.Unknown => 0,
        PlaceKind.Village or PlaceKind.Island or PlaceKind.Water => 1,
        PlaceKind.City or PlaceKind.Capital => 2,
        PlaceKind.Region => 3,
        PlaceKind.Country => 4,
        _ => 5,
    };
}
