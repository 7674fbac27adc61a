namespace SummitBot.Answering.Questions;

/// <summary>
/// Two ways a question asks a thing's name. "What is the play called?", "what was the plan known as?": the name a
/// sentence gives the thing after a naming word ("known as", "called", "named", "dubbed"). "What's the name of the
/// villa ...?": the noun "name" itself, so the answer is a proper name, never a description of the thing.
/// </summary>
internal static class WhatCalled
{
    private static readonly HashSet<string> Naming = new(StringComparer.Ordinal) { "called", "named", "dubbed", "nicknamed", "titled", "known" };

    private static readonly HashSet<string> Be = new(StringComparer.Ordinal) { "is", "was", "are", "were", "s", "'s" };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "did", "does", "do", "has", "have", "had", "will", "would" };

    /// <summary>
    /// "What did Tillerson call the launch?", "what does Pyongyang call the missile?": the words someone gave a thing
    /// ('called it "a new escalation"'). "what" and an auxiliary, a subject, then "call" with the thing after it.
    /// </summary>
    public static bool AsksLabel(IReadOnlyList<string> plain)
    {
        var call = plain.Count > 4 && plain[0] is "what" && Auxiliaries.Contains(plain[1]) ? plain.ToList().IndexOf("call", 3) : -1;
        return call > 0 && call + 1 < plain.Count;
    }

    /// <summary>"what is/was ... called/named/dubbed", "what is ... known as": a form of "be" after "what", then a naming word.</summary>
    public static bool Asks(IReadOnlyList<string> plain)
    {
        var be = plain.Count > 3 && plain[0] is "what" && Be.Contains(plain[1]) ? 2 : plain.Count > 2 && plain[0] is "what's" ? 1 : -1;
        if (be < 0)
        {
            return false;
        }

        for (var i = be + 1; i < plain.Count; i++)
        {
            if (Naming.Contains(plain[i]) && (plain[i] != "known" || (i + 1 < plain.Count && plain.Skip(i + 1).Contains("as"))))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> Do = new(StringComparer.Ordinal) { "do", "does", "did" };

    private static readonly HashSet<string> NamingVerbs = new(StringComparer.Ordinal) { "call", "name", "dub", "nickname" };

    /// <summary>
    /// "What does Pyongyang call the submarine-launched missile?": the active form, someone's own name for a thing.
    /// Only of a thing the question calls by a common noun ("what did Trump call Kim Jong Un?" asks an epithet, which
    /// is no name after a naming word).
    /// </summary>
    public static bool AsksActive(IReadOnlyList<string> plain, IReadOnlyList<QuestionTerm> terms)
    {
        if (plain.Count < 5 || plain[0] != "what" || !Do.Contains(plain[1]))
        {
            return false;
        }

        for (var i = 3; i + 1 < plain.Count; i++)
        {
            if (!NamingVerbs.Contains(plain[i]))
            {
                continue;
            }

            var at = plain[i + 1] is "the" or "a" or "an" or "its" or "their" or "this" or "that" ? i + 2 : i + 1;
            return at < plain.Count && terms.Any(t => t.Role is TermRole.Content && plain[at].StartsWith(t.Word, StringComparison.OrdinalIgnoreCase));
        }

        return false;
    }

    /// <summary>
    /// "What is the name of the ballet Kim watched?", "what is the ballet Kim watched called?": the name is asked of a
    /// thing the question calls by a common noun (one of its content terms right after "name of" or "what is"), not of
    /// a person; a name that holds only the question's person ("Kim Yo Jong") is then someone else's.
    /// </summary>
    public static bool OfThing(IReadOnlyList<string> plain, IReadOnlyList<QuestionTerm> terms)
    {
        var of = plain.Select((w, i) => (w, i)).FirstOrDefault(p => p.w is "name" or "names" && p.i + 1 < plain.Count && plain[p.i + 1] == "of").i;
        var at = of > 0 ? of + 2 : Asks(plain) ? (plain[0] == "what's" ? 1 : 2) : -1;
        if (at < 0)
        {
            return false;
        }

        if (at < plain.Count && plain[at] is "the" or "a" or "an")
        {
            at++;
        }

        return at < plain.Count && terms.Any(t => t.Role is TermRole.Content or TermRole.Event && t.Word.Equals(plain[at], StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// "What's the name of the villa ...?", "what are the names of ...?", "what is its name?": the noun "name" asked
    /// outright, so the answer is a proper name. ("Did Pompeo name a city?" uses the verb, and is not read so.)
    /// </summary>
    public static bool AsksNameOf(IReadOnlyList<string> plain)
    {
        for (var i = 1; i < plain.Count; i++)
        {
            if (plain[i] is "name" or "names" && (plain[i - 1] is "the" or "its" or "their" or "his" or "her" or "full" || (i + 1 < plain.Count && plain[i + 1] == "of")))
            {
                return true;
            }
        }

        return false;
    }
}
