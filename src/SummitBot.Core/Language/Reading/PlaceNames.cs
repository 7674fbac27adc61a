using SummitBot.Language.Words;
using SummitBot.Language.World;

namespace SummitBot.Language.Reading;

/// <summary>
/// Names that are places, read in the first pass over a sentence before any person's: a name the gazetteer knows, or
/// one the text says is a place ("the Metropole hotel", "the border village of Panmunjom", "Dong Dang, a small town").
/// A place annotation carries its kind and country.
/// </summary>
internal static class PlaceNames
{
    /// <summary>Whether the run of capitalized words from <paramref name="start"/> is a place's name; if so it is annotated and taken.</summary>
    public static bool TryRead(ReadSentence sentence, int start, int end)
    {
        var tokens = sentence.Tokens;
        var gazetteer = Gazetteer.Default.Match(tokens, start, anyCase: false, out var places);
        // A name that is a place may still be a person's before a verb of saying ("Jordan said"), not a country's of two words or more ("North Korea said").
        if (gazetteer == end - start && places.Count > 0 && (!NameRuns.FollowedBySpeech(tokens, end) || (gazetteer > 1 && places[0].Kind == PlaceKind.Country)) && !NameRuns.PrecededByRole(tokens, start)
            && Gazetteer.IsPlaceInContext(tokens, start, gazetteer, places))
        {
            var place = places[0];
            var kindAfter = end < tokens.Count && !tokens[end].IsCapitalized && !(place.IsDemonym && KindOfNameAfter(tokens, end + 1));
            var kind = kindAfter && PlaceWords.TryKind(tokens[end].Text, out var after) ? after : place.Kind;
            var to = kindAfter && PlaceWords.Kinds.ContainsKey(tokens[end].Text) ? end + 1 : end;

            // "the North Korean embassy", "the Chinese hotel": a building named by its country's adjective is that
            // building, a venue of its own, not the country ("the Swedish capital" still stands for Sweden's capital).
            if (place.IsDemonym && kind == PlaceKind.Venue && to > end)
            {
                Annotate(sentence, start, to, sentence.Span(start, to), kind, place, demonym: false);
                return true;
            }

            Annotate(sentence, start, to, place.IsDemonym ? place.Name : sentence.Span(start, end), kind, place, place.IsDemonym);
            return true;
        }

        if (end - start >= 2 && PlaceWords.TryLeadingKind(tokens[start].Text, out var begun))
        {
            // "the Mount Kumgang area", "talks at Camp David": the first word says it is a place.
            Annotate(sentence, start, end, sentence.Span(start, end), begun, null, demonym: false);
            return true;
        }

        if (end - start >= 2 && PlaceWords.TryKind(tokens[end - 1].Text, out var named) && (!RoleWords.IsRoleWord(tokens[end - 2].Text) || NamedBeforeRoleWords(tokens, start, end - 1)))
        {
            var head = KindBeforeOf(tokens, start, end);
            Annotate(sentence, start, end, sentence.Span(start, end), head == PlaceKind.Unknown ? named : head, null, demonym: false);
            return true;
        }

        if (end - start >= 2 && tokens[start + 1].Kind == TokenKind.Number && PlaceWords.TryKind(tokens[start].Text, out var numbered))
        {
            // "Room 212", "Gate 5" (NameRuns.IsNumberedPart): a kind of place with its number.
            Annotate(sentence, start, end, sentence.Span(start, end), numbered, null, demonym: false);
            return true;
        }

        // "the west London suburb of Ealing": a kind of place before "of" is the kind of the name after it, not of this one.
        if (end < tokens.Count && !tokens[end].IsCapitalized && PlaceWords.TryKind(tokens[end].Text, out var lower) && lower != PlaceKind.Country
            && !(end + 1 < tokens.Count && tokens[end + 1].Is("of")))
        {
            // "the Metropole hotel", "Sentosa island".
            Annotate(sentence, start, end + 1, sentence.Span(start, end + 1), lower, null, demonym: false);
            return true;
        }

        if (start >= 2 && tokens[start - 1].Is("of") && !tokens[start - 2].IsCapitalized && PlaceWords.TryKind(tokens[start - 2].Text, out var ofKind)
            && !EventWords.IsEventNoun(tokens[end - 1].Text))
        {
            // "the border village of Panmunjom", "the port city of Wonsan".
            Annotate(sentence, start, end, sentence.Span(start, end), ofKind, null, demonym: false);
            return true;
        }

        if (PlaceApposition(tokens, end) is { } said)
        {
            // "the Sofitel Legend Metropole, the French colonial-era hotel", "Dong Dang, a small town on the Chinese border".
            Annotate(sentence, start, end, sentence.Span(start, end), said, null, demonym: false);
            return true;
        }

        return false;
    }

    /// <summary>
    /// "the Dutch port city of Delft", "the Norwegian port of Bergen": a people's adjective before kinds of place that
    /// run on to "of" describes the place named after "of", and makes no building of its own as "the Chinese embassy"
    /// does. Whether the words from <paramref name="from"/> are more lower-case kinds of place and then "of".
    /// </summary>
    private static bool KindOfNameAfter(List<Token> tokens, int from)
    {
        var k = from;
        while (k < tokens.Count && !tokens[k].IsCapitalized && PlaceWords.Kinds.ContainsKey(tokens[k].Text))
        {
            k++;
        }

        return k < tokens.Count && tokens[k].Is("of");
    }

    /// <summary>
    /// "Kunsan Air Base", "Taegu Army Base": a name of the place's own before role-like words ("air", "army") that qualify
    /// its kind; without one ("the Foreign Office", "the Press Office") the words are an office's, not a place's name.
    /// </summary>
    private static bool NamedBeforeRoleWords(List<Token> tokens, int start, int kindAt)
    {
        for (var i = start; i < kindAt; i++)
        {
            if (!RoleWords.IsRoleWord(tokens[i].Text) && !CommonWords.IsFunctionWord(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"at the Istana", "in Lidingo": a capitalized name after a preposition of place, that is nothing else, is a place whose kind the text does not say.</summary>
    internal static void AfterPreposition(ReadSentence sentence, int start, int end)
    {
        var tokens = sentence.Tokens;
        var k = start - 1;
        if (k >= 0 && tokens[k].Is("the"))
        {
            k--;
        }

        // "in the Korean War", "at the Group of 20 summit": a name of an event, not a place.
        if (k < 0 || tokens[k].Text is not ("in" or "at" or "near" or "outside" or "inside") || sentence.IsTaken(start, end) || Time.Calendar.IsCalendarWord(tokens[start].Text)
            || EventWords.IsEventNoun(tokens[end - 1].Text) || NamesAnEvent(tokens, end))
        {
            return;
        }

        Annotate(sentence, start, end, sentence.Span(start, end), KindBeforeOf(tokens, start, end), null, demonym: false);
    }

    /// <summary>"for Lisbon, where she lives" (HomeClause): a name the sentence says someone lives in, of a kind the text does not say.</summary>
    internal static bool BeforeHomeClause(ReadSentence sentence, int start, int end)
    {
        if (sentence.IsTaken(start, end) || Time.Calendar.IsCalendarWord(sentence.Tokens[start].Text))
        {
            return false;
        }

        // A name the gazetteer or its words know keeps the kind they give ("for Lyon, where he lives" is a city).
        if (TryRead(sentence, start, end))
        {
            return true;
        }

        Annotate(sentence, start, end, sentence.Span(start, end), KindBeforeOf(sentence.Tokens, start, end), null, demonym: false);
        return true;
    }

    /// <summary>"the Great Hall of the People", "the Palace of the Sun": the kind the word before "of" names, if any.</summary>
    private static PlaceKind KindBeforeOf(List<Token> tokens, int start, int end)
    {
        for (var i = start + 1; i + 1 < end; i++)
        {
            if (tokens[i].Is("of"))
            {
                return tokens[i - 1].IsCapitalized && PlaceWords.TryKind(tokens[i - 1].Text, out var kind) && kind != PlaceKind.Country ? kind : PlaceKind.Unknown;
            }
        }

        return PlaceKind.Unknown;
    }

    /// <summary>A name followed by an event noun, maybe past "of 20" ("the Group of 20 summit", "the Singapore talks").</summary>
    private static bool NamesAnEvent(List<Token> tokens, int end)
    {
        var next = end + 1 < tokens.Count && tokens[end].Is("of") && tokens[end + 1].Kind == TokenKind.Number ? end + 2 : end;
        return next < tokens.Count && EventWords.IsEventNoun(tokens[next].Text);
    }

    /// <summary>The kind of place an apposition says a name is (", the ... hotel", ", a small town ..."), or null.</summary>
    private static PlaceKind? PlaceApposition(List<Token> tokens, int end)
    {
        if (end + 2 >= tokens.Count || tokens[end].Text != "," || PhraseAfterComma(tokens, end + 1) is not { } from)
        {
            return null;
        }

        for (var k = from; k < Math.Min(tokens.Count, from + 5); k++)
        {
            if (tokens[k].Text is "," or "." or "of" or "in" or "on" or "at" or "near" or "where" or "which" or "that" || RoleWords.IsHead(tokens[k].Text))
            {
                return null;
            }

            // "Ilse Mets, the town office said": a place word before a verb of saying is the subject of a clause of its
            // own, no apposition of the name.
            if (k + 1 < tokens.Count && SpeechVerbs.IsSpeechVerb(tokens[k + 1].Text))
            {
                return null;
            }

            // The place word must end the noun phrase: "a small town on the border", not "a coast guard captain".
            if (!tokens[k].IsCapitalized && PlaceWords.TryKind(tokens[k].Text, out var kind) && (k + 1 >= tokens.Count || !tokens[k + 1].IsWord || CommonWords.IsFunctionWord(tokens[k + 1].Text) || CommonWords.IsPreposition(tokens[k + 1].Text)
                    || !Relations.WordRelations.Default.IsNoun(tokens[k + 1].Text.ToLowerInvariant())))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>
    /// Where the noun phrase of an apposition opens past its article (", the French colonial-era hotel") or past a
    /// place's possessive name (", South Korea's main east-coast port": a place described as one of a country's or
    /// region's places); null when the words after the comma open neither.
    /// </summary>
    private static int? PhraseAfterComma(List<Token> tokens, int at)
    {
        if (tokens[at].Text is "the" or "a" or "an")
        {
            return at + 1;
        }

        var k = at;
        while (k < tokens.Count && k - at < 3 && tokens[k].IsWord && tokens[k].IsCapitalized)
        {
            k++;
        }

        return k > at && k + 1 < tokens.Count && tokens[k].Kind == TokenKind.Possessive && Gazetteer.Default.Match(tokens, at, anyCase: false, out _) == k - at ? k + 1 : null;
    }

    private static void Annotate(ReadSentence sentence, int start, int end, string name, PlaceKind kind, Place? place, bool demonym)
    {
        sentence.Annotate(Reading.AnnotationKind.Place, start, end, name, Annotation.PlaceDetail(kind, place?.Country, demonym));
        sentence.Take(start, end);
    }
}
