using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// The fit features in one place, each under the name the explanation shows (<c>ask --explain</c> names every feature
/// that lowered a candidate). A new check of "does this candidate answer what was asked" is one file with a
/// <c>Fit</c> method and one line here; its factor is the file's own constant, named and explained there.
/// </summary>
internal static class FitFeatures
{
    public static readonly IReadOnlyList<FitFeature> All =
    [
        new("tense", TenseAsked.Fit),
        new("people in clause", PeopleInClause.Fit),
        new("names in clause", NamesInClause.Fit),
        new("place already named", PlaceAlreadyNamed.Fit),
        new("reference event", ReferenceEvent.Fit),
        new("place gone to", PlaceGoneTo.Fit),
        new("place stayed in", PlaceStayedIn.Fit),
        new("place of other doing", PlaceOfOtherDoing.Fit),
        new("place before deed's clause", PlaceBeforeDeedsClause.Fit),
        new("employer asked", EmployerAsked.Fit),
        new("place in participle clause", PlaceInParticipleClause.Fit),
        new("place of saying", PlaceOfSaying.Fit),
        new("place of place", PlaceOfPlace.Fit),
        new("place of described party", PlaceOfDescribedNoun.Fit),
        new("place as doer", PlaceAsDoer.Fit),
        new("place as owner", PlaceAsOwner.Fit),
        new("superlative apart", SuperlativeApart.Fit),
        new("group asked", GroupAsked.Fit),
        new("ordinal of other party", OrdinalOfOtherParty.Fit),
        new("place as part", PlaceAsPart.Fit),
        new("only planned", OnlyPlanned.Fit),
        new("only possible", OnlyPossible.Fit),
        new("date in aside", DateInAside.Fit),
        new("date in relative clause", DateInRelativeClause.Fit),
        new("date of other clause", DateOfOtherClause.Fit),
        new("partner of other item", PartnerOfOtherItem.Fit),
        new("other named object", OtherNamedObject.Fit),
        new("count of other person", CountOfOtherPerson.Fit),
        new("own count quoted", OwnCountQuoted.Fit),
        new("deed in relative clause", DeedInRelativeClause.Fit),
        new("deed in reason", DeedInReason.Fit),
        new("deed not told", DeedNotTold.Fit),
        new("date since event", DateSinceEvent.Fit),
        new("since of person's clause", SinceOfPersonClause.Fit),
        new("date apart in time", DateApartInTime.Fit),
        new("date before clause", DateBeforeClause.Fit),
        new("plan date", PlanDate.Fit),
        new("date of saying", DateOfSaying.Fit),
        new("report not told", ReportNotTold.Fit),
        new("date of other verb", DateOfOtherVerb.Fit),
        new("date of a habit", DateOfAHabit.Fit),
        new("date after writing", DateAfterWriting.Fit),
        new("date not given", DateNotGiven.Fit),
        new("dateline date", DatelineDate.Fit),
        new("attempt asked", AttemptAsked.Fit),
        new("owner absent", OwnerAbsent.Fit),
        new("other owner", OtherOwner.Fit),
        new("amount of other time", AmountOfOtherTime.Fit),
        new("amount of other clause", AmountOfOtherClause.Fit),
        new("length of other clause", LengthOfOtherClause.Fit),
        new("distance to other place", DistanceToOtherPlace.Fit),
        new("distance of position", DistanceOfPosition.Fit),
        new("planned length", PlannedLength.Fit),
        new("running total", RunningTotal.Fit),
        new("period within", PeriodWithin.Fit),
        new("name asked", NameAsked.Fit),
        new("venue kind asked", VenueKindAsked.Fit),
        new("addressee asked", AddresseeAsked.Fit),
        new("time", TimeAsked.Fit),
        new("answer in question", AnswerInQuestion.Fit),
        new("owner of other kind", OwnerOfOtherKind.Fit),
        new("replaced value", ReplacedValue.Fit),
        new("other object", OtherObject.Fit),
    ];

    /// <summary>
    /// The product of the extractor's fit and every feature's, with the features that lowered it (by name and
    /// factor) for the explanation. Stops at 0: nothing can raise a candidate no feature lets through.
    /// </summary>
    public static (double Fit, IReadOnlyList<(string Name, double Factor)> Lowered) Of(QuestionReading question, AnswerCandidate candidate)
    {
        var fit = candidate.Fit;
        List<(string Name, double Factor)>? lowered = null;
        foreach (var feature in All)
        {
            var factor = feature.Fit(question, candidate);
            fit *= factor;
            if (factor < 1.0)
            {
                (lowered ??= []).Add((feature.Name, factor));
            }

            if (fit == 0)
            {
                break;
            }
        }

        return (fit, (IReadOnlyList<(string Name, double Factor)>?)lowered ?? []);
    }
}
