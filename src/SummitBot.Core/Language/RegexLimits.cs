namespace SummitBot.Language;

/// <summary>
/// The match timeout of the answering core's regular expressions. Every pattern is bounded (anchored, with counted
/// repeats), so a match takes microseconds; the timeout only guards against a pattern that would backtrack without
/// end. It is a wall-clock limit, so it must stay well above a pause of the thread on a busy machine (a garbage
/// collection, two cores shared by a test run): at 200 ms a spec case failed once under a parallel test run.
/// </summary>
internal static class RegexLimits
{
    public const int MatchTimeoutMilliseconds = 2000;
}
