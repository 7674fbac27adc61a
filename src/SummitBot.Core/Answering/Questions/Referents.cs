using SummitBot.Language;

namespace SummitBot.Answering.Questions;

/// <summary>
/// What a thing pronoun in a follow-up can stand for, by the kind of thing it names: "there" a place, "they" several
/// people or things, "it" a thing. The last question's topic is often only its last name ("Putin" of "Where did Kim
/// and Putin meet?"): standing for "they" or "there" it turned the follow-up into a question about one man ("what did
/// Putin discuss?") and was answered about him. A pronoun with no referent of its kind is left as it is, so the
/// follow-up stays held to the last answer's article and says nothing it cannot back.
/// </summary>
internal static class Referents
{
    /// <summary>"there": the place the last answer gave or its question named, else the event it was about ("at the second summit").</summary>
    public static string? There(FollowUpContext context) =>
        context.Place is { } place ? "in " + place
        : context.Topic is { } topic && !IsPerson(topic, context) ? "at " + topic
        : null;

    /// <summary>"from there", "to there": the question gives its own preposition, so the place goes in bare ("from Nordby", not "from in Nordby").</summary>
    public static string? ThereAfterPreposition(FollowUpContext context) =>
        context.Place ?? (context.Topic is { } topic && !IsPerson(topic, context) ? topic : null);

    /// <summary>
    /// "they", "them": the people the last question named together ("Kim and Putin"), else its topic unless that is one
    /// person or the place where it happened ("... have breakfast with in Washington?" then "how long did they talk?":
    /// they are the people at breakfast, not Washington).
    /// </summary>
    public static string? They(FollowUpContext context) =>
        context.Question is { } last && Together(last) is { } people ? people
        : context.Question is { } previous && PluralSubject(previous) is { } things ? things
        : context.Topic is { } topic && !IsPerson(topic, context) && !string.Equals(topic, context.Place, StringComparison.OrdinalIgnoreCase) ? topic
        : null;

    /// <summary>"it", "this", "that": the last question's topic, unless that is a person ("When did it happen?" after "Who is Ma Zhaoxu?").</summary>
    public static string? It(FollowUpContext context) =>
        context.Topic is { } topic && !IsPerson(topic, context) ? topic : null;

    /// <summary>
    /// The first place the text names (not a nationality), as the reader finds it in text: "Hanoi" of "When did Kim
    /// arrive in Hanoi?". A capitalized word after another is part of that name, not a place of its own: the "Un" of
    /// "Kim Jong Un" is also a town's name.
    /// </summary>
    public static string? PlaceNamed(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i - 1].IsWord && tokens[i - 1].IsCapitalized && i > 1)
            {
                continue;
            }

            if (PlaceAt(tokens, i) is int length)
            {
                return text[tokens[i].Start..tokens[i + length - 1].End];
            }
        }

        return null;
    }

    /// <summary>A place's name (not a nationality) starting at token <paramref name="at"/>, as the reader finds it in text: its length in tokens.</summary>
    public static int? PlaceAt(List<Token> tokens, int at)
    {
        if (at >= tokens.Count)
        {
            return null;
        }

        var length = Language.World.Gazetteer.Default.Match(tokens, at, anyCase: false, out var places);
        return length > 0 && places.Any(p => !p.IsDemonym) ? length : null;
    }

    /// <summary>A topic that is (part of) the person the conversation is about: a name, not a thing.</summary>
    private static bool IsPerson(string topic, FollowUpContext context) =>
        context.Person is { } person && topic.Split(' ').Any(w => w.Length > 0 && char.IsUpper(w[0]) && person.Split(' ').Contains(w, StringComparer.Ordinal));

    /// <summary>
    /// "When did ferries to Nordby start running?" then "and when were they stopped?": the plural noun right after the
    /// question's auxiliary is its subject, and "they" stands for it with the place or name that qualifies it ("the
    /// ferries to Nordby"), not for that name alone (a place cannot be stopped). Null when the subject is no plural
    /// common noun ("did Kim ...", "did the talks' host ...").
    /// </summary>
    private static string? PluralSubject(string question)
    {
        var tokens = Tokenizer.Tokenize(question);
        var aux = tokens.FindIndex(t => t.Text.ToLowerInvariant() is "did" or "do" or "were" or "are" or "have" or "had" or "will");
        if (aux < 1 || aux > 2)
        {
            return null;
        }

        var noun = aux + 1 < tokens.Count && tokens[aux + 1].Is("the") ? aux + 2 : aux + 1;
        if (noun >= tokens.Count || !IsPluralNoun(tokens[noun]))
        {
            return null;
        }

        var end = noun;
        if (end + 2 < tokens.Count && tokens[end + 1].Text.ToLowerInvariant() is "to" or "of" or "from" or "in" or "at" or "on" && tokens[end + 2].IsCapitalized)
        {
            end += 2;
            while (end + 1 < tokens.Count && tokens[end + 1].IsWord && tokens[end + 1].IsCapitalized)
            {
                end++;
            }
        }

        return "the " + question[tokens[noun].Start..tokens[end].End];
    }

    /// <summary>"tours", "ferries": a lower-case plural that WordNet knows as a noun (not "news", "talks" of a verb alone).</summary>
    private static bool IsPluralNoun(Token token)
    {
        var lower = token.Text.ToLowerInvariant();
        var relations = Language.Relations.WordRelations.Default;
        return token.IsWord && !token.IsCapitalized && lower.Length > 3 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal)
            && !Language.Words.CommonWords.IsFunctionWord(lower)
            && (relations.IsNoun(lower[..^1]) || (lower.EndsWith("ies", StringComparison.Ordinal) && relations.IsNoun(lower[..^3] + "y")));
    }

    /// <summary>"Kim and Putin", "Trump and Kim Jong Un": two names joined by "and" in a question (its first word is not a name).</summary>
    private static string? Together(string question)
    {
        var tokens = Tokenizer.Tokenize(question);
        for (var i = 2; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Is("and") && tokens[i - 1].IsCapitalized && tokens[i + 1].IsCapitalized)
            {
                var start = i - 1;
                while (start > 1 && tokens[start - 1].IsCapitalized)
                {
                    start--;
                }

                var end = i + 1;
                while (end + 1 < tokens.Count && tokens[end + 1].IsCapitalized)
                {
                    end++;
                }

                return question[tokens[start].Start..tokens[end].End];
            }
        }

        return null;
    }
}
