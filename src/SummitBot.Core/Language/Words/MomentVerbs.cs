namespace SummitBot.Language.Words;

/// <summary>
/// Verbs of a passing moment of movement: arriving, leaving, stepping off, boarding. After "as" and its subject ("as she
/// stepped off the ferry", "as he flew in from Oslo", "as they were leaving") they tell when something else happened,
/// not why: "as" of time, not of reason.
/// </summary>
public static class MomentVerbs
{
    private static readonly HashSet<string> All = new(StringComparer.OrdinalIgnoreCase)
    {
        "arrived", "arrives", "arriving", "landed", "lands", "landing", "stepped", "steps", "stepping", "flew", "flies", "flying",
        "left", "leaves", "leaving", "departed", "departs", "departing", "boarded", "boards", "boarding", "entered", "enters", "entering",
        "walked", "walks", "walking", "drove", "drives", "driving", "came", "comes", "coming", "went", "goes", "going",
        "headed", "heads", "heading", "returned", "returns", "returning", "crossed", "crosses", "crossing", "disembarked",
        "disembarking", "got", "gets", "getting", "passed", "passing", "sailed", "sailing", "docked", "docking", "exited", "exiting",
    };

    /// <summary>Whether <paramref name="word"/> (any case) is a verb of a passing moment of movement.</summary>
    public static bool IsMoment(string word) => All.Contains(word);
}
