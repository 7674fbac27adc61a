namespace SummitBot.Language.Reading;

/// <summary>
/// A person's age as news gives it, read at index time so that "how old is X?" is answered about X and nobody else:
/// after the name ("Kim Sang-duk, 58, was stopped ...", "Kim, aged 58,", "Kim, now 58,"), before it ("the 58-year-old
/// Kim"), in an apposition ("Kim, a 58-year-old professor,"), or said of the person ("Kim, who turned 35 on Tuesday",
/// "Kim is 35 years old"). An age is read only where the sentence ties it to a person it names or refers to: "a
/// 61-year-old farmer" whose name the sentence does not give tells no one's age, and a number after a name that goes
/// on as a noun ("Kim, 35 minutes later") is no age. The annotation covers the number; its value is the person's key
/// (as a title's is), its detail the years.
/// </summary>
internal static class AgeReader
{
    /// <summary>The oldest age read: a larger number after a name is a year or a count.</summary>
    private const int Oldest = 119;

    /// <summary>Words between a name's comma and the age that still give the age ("Kim, aged 58", "Kim, now 58").</summary>
    private static readonly HashSet<string> AgeOpeners = new(StringComparer.OrdinalIgnoreCase) { "aged", "age", "now" };

    /// <summary>Verbs that say a person's age in a clause about them: "who is 58", "who turned 35", "was 22 when ...".</summary>
    private static readonly HashSet<string> Being = new(StringComparer.OrdinalIgnoreCase) { "is", "was", "turned", "turns", "turning" };

    public static void Read(ReadSentence sentence)
    {
        var people = sentence.Annotations.Where(a => a.Kind == AnnotationKind.Person).ToList();
        foreach (var person in people)
        {
            var end = sentence.Tokens.FindIndex(t => t.Start >= person.End) is >= 0 and var next ? next : sentence.Tokens.Count;
            if ((AfterName(sentence.Tokens, end) ?? InApposition(sentence.Tokens, end) ?? SaidOf(sentence.Tokens, end)) is { } age && !sentence.Taken.Contains(age))
            {
                Add(sentence, age, person);
            }
        }

        GroupAged(sentence);
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            if (YearsOld(sentence.Tokens, i) && !sentence.Taken.Contains(i) && NamedAfter(sentence, i, people) is { } named)
            {
                Add(sentence, i, named);
            }
        }
    }

    /// <summary>
    /// "The men, aged 22 and 23, were ...", "the driver, aged 45,": the ages of the people a noun of persons names when
    /// the sentence gives no name, set off after it with "aged". Annotated from the first number to the last, with no
    /// person's key (whose they are is what the noun, and what it refers back to, describe); the numbers count nothing.
    /// </summary>
    private static void GroupAged(ReadSentence sentence)
    {
        var tokens = sentence.Tokens;
        for (var i = 2; i + 1 < tokens.Count; i++)
        {
            if (!tokens[i].Is("aged") || tokens[i - 1].Text != "," || !tokens[i - 2].IsWord || !Relations.PersonNouns.Is(tokens[i - 2].Text)
                || sentence.Annotations.Any(a => a.Kind == AnnotationKind.Person && a.End >= tokens[i - 2].End && a.Start <= tokens[i - 2].Start))
            {
                continue;
            }

            var last = i + 1;
            if (!IsAge(tokens, last) || sentence.Taken.Contains(last))
            {
                continue;
            }

            // "aged 22 and 23", "aged 19 to 24", "aged 30 or 31": the ages of each.
            if (last + 2 < tokens.Count && tokens[last + 1].Text is "and" or "to" or "or" && IsAge(tokens, last + 2) && !sentence.Taken.Contains(last + 2))
            {
                last += 2;
            }

            if (last + 1 < tokens.Count && tokens[last + 1].IsWord && !tokens[last + 1].Is("and"))
            {
                // "aged 22 years", "aged 40 minutes": a measure, or more than an age.
                continue;
            }

            var text = sentence.Span(i + 1, last + 1);
            sentence.Annotate(AnnotationKind.Age, i + 1, last + 1, string.Empty, text);
            sentence.Take(i + 1, last + 1);
        }
    }

    private static void Add(ReadSentence sentence, int at, Annotation person)
    {
        sentence.Annotate(AnnotationKind.Age, at, at + 1, ArticlePerson.KeyOf(person.Value), sentence.Tokens[at].Text);
        sentence.Take(at, at + 1);
    }

    /// <summary>"Kim Sang-duk, 58, was ...", "said Amano, 71.", "Kim, aged 58,": the age set off by commas after the name.</summary>
    private static int? AfterName(List<Token> tokens, int end)
    {
        if (end >= tokens.Count || tokens[end].Text != ",")
        {
            return null;
        }

        var at = end + 1 < tokens.Count && AgeOpeners.Contains(tokens[end + 1].Text) ? end + 2 : end + 1;
        return IsAge(tokens, at) && (at + 1 == tokens.Count || tokens[at + 1].Text is "," or "." or ";" or ")" or ":" || tokens[at + 1].Is("and")) ? at : null;
    }

    /// <summary>"Kim Sang-duk, a 58-year-old professor, ...": the age in the apposition right after the name.</summary>
    private static int? InApposition(List<Token> tokens, int end) =>
        end + 2 < tokens.Count && tokens[end].Text == "," && tokens[end + 1].Text is "a" or "an" or "the" && YearsOld(tokens, end + 2) ? end + 2 : null;

    /// <summary>"Kim, who turned 35 on Tuesday", "Warmbier, who was 22", "Kim is 35 years old": the age said of the person.</summary>
    private static int? SaidOf(List<Token> tokens, int end)
    {
        var at = end;
        if (at + 1 < tokens.Count && tokens[at].Text == "," && tokens[at + 1].Is("who"))
        {
            at += 2;
        }

        if (at + 1 >= tokens.Count || !Being.Contains(tokens[at].Text) || !IsAge(tokens, at + 1))
        {
            return null;
        }

        // "who turned 35 on Tuesday" ends the age there; "was 35 minutes late" goes on with a noun, unless it is "years old".
        var next = at + 2 < tokens.Count ? tokens[at + 2] : default;
        var yearsOld = next.Text is "years" or "year" && at + 3 < tokens.Count && tokens[at + 3].Is("old");
        var turned = !tokens[at].Is("is") && !tokens[at].Is("was");
        return yearsOld || (turned && (at + 2 == tokens.Count || !next.IsWord || next.Text is "on" or "in" or "last" or "this" or "and" or "when"))
            ? at + 1
            : null;
    }

    /// <summary>The person a "58-year-old" at <paramref name="at"/> describes: one named within the same noun phrase after it ("the 58-year-old professor Kim Sang-duk").</summary>
    private static Annotation? NamedAfter(ReadSentence sentence, int at, List<Annotation> people)
    {
        var tokens = sentence.Tokens;
        var from = at + 3 < tokens.Count && tokens[at + 1].Text == "-" ? at + 3 : at + 1;
        for (var k = from; k < tokens.Count && k < from + 4; k++)
        {
            foreach (var person in people)
            {
                if (person.Start == tokens[k].Start)
                {
                    return person;
                }
            }

            if (!tokens[k].IsWord || Words.CommonWords.IsFunctionWord(tokens[k].Text))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"58-year-old" (the number, a hyphen and "year-old", as the tokenizer splits it) at <paramref name="at"/>.</summary>
    internal static bool YearsOld(List<Token> tokens, int at) =>
        IsAge(tokens, at) && at + 2 < tokens.Count && tokens[at + 1].Text == "-" && tokens[at + 2].Text.Equals("year-old", StringComparison.OrdinalIgnoreCase);

    private static bool IsAge(List<Token> tokens, int at) =>
        at < tokens.Count && tokens[at].Kind == TokenKind.Number && int.TryParse(tokens[at].Text, out var years) && years is > 0 and <= Oldest;
}
