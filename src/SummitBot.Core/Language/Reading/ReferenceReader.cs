using SummitBot.Language.Words;
using SummitBot.Language.World;

namespace SummitBot.Language.Reading;

/// <summary>
/// The second pass over an article, in reading order, once every full name is known: resolves a single name
/// ("Biegun", "Chairman Kim") to the person it is short for, a pronoun ("he", "his") to the person it most likely
/// means (the first person named before it in the sentence, else the subject of the sentence before, else the person
/// mentioned last), and a role ("the envoy", "the North Korean leader") to the person last given that title.
/// </summary>
internal sealed class ReferenceReader(ArticlePeople people, List<PersonMention> mentions, IReadOnlyDictionary<string, Annotation> places)
{
    private ReadSentence? _previous;

    public void Read(ReadSentence sentence, IEnumerable<int> singles)
    {
        var tokens = sentence.Tokens;
        var inSentence = new List<PersonMention>();
        var named = mentions.Where(m => m.Sentence == sentence).ToDictionary(m => m.Start);
        var single = singles.ToHashSet();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (named.TryGetValue(i, out var full))
            {
                full.Person.LastSentence = sentence.Ordinal;
                inSentence.Add(full);
                i = full.End - 1;
                continue;
            }

            var found = single.Contains(i) ? Single(sentence, i)
                : Pronouns.IsPersonPronoun(tokens[i].Text) && !sentence.Taken.Contains(i) ? Pronoun(sentence, i, inSentence, single)
                : Role(sentence, i);
            if (found is not null)
            {
                found.Person.LastSentence = sentence.Ordinal;
                mentions.Add(found);
                inSentence.Add(found);
                sentence.Take(found.Start, found.End);
                i = found.End - 1;
            }
        }

        _previous = sentence;
    }

    private PersonMention? Single(ReadSentence sentence, int i)
    {
        var tokens = sentence.Tokens;
        var titleStart = TitleFinder.Before(tokens, i);
        var hint = titleStart >= 0 ? sentence.Span(titleStart, i) : null;
        if (people.ByName(tokens[i].Text, hint) is { } person)
        {
            if (hint is not null)
            {
                person.AddTitle(hint);
                sentence.Annotate(AnnotationKind.Title, titleStart, i, person.Key);
            }

            return new PersonMention(sentence, i, i + 1, person, IsReference: true);
        }

        if (hint is null && places.TryGetValue(tokens[i].Text.ToLowerInvariant(), out var place))
        {
            // "the Metropole", after "the Sofitel Legend Metropole".
            sentence.Annotate(AnnotationKind.Place, i, i + 1, place.Value, place.Detail);
            sentence.Take(i, i + 1);
            return null;
        }

        if (Gazetteer.Default.Match(tokens, i, anyCase: false, out var gazetteer) == 1 && hint is null && Gazetteer.IsPlaceInContext(tokens, i, 1, gazetteer))
        {
            var places = gazetteer;
            sentence.Annotate(AnnotationKind.Place, i, i + 1, places[0].IsDemonym ? places[0].Name : tokens[i].Text, $"{places[0].Kind}|{places[0].Country}{(places[0].IsDemonym ? "|demonym" : string.Empty)}");
            sentence.Take(i, i + 1);
            return null;
        }

        var speaks = (i + 1 < tokens.Count && SpeechVerbs.IsSpeechVerb(tokens[i + 1].Text)) || (i > 0 && SpeechVerbs.IsSpeechVerb(tokens[i - 1].Text));
        if (hint is null && !speaks)
        {
            return null;
        }

        // Someone named once, by one name: "Ri said", "Foreign Minister Ri".
        var added = people.Register(tokens[i].Text, sentence.Ordinal);
        if (hint is not null)
        {
            added.AddTitle(hint);
            sentence.Annotate(AnnotationKind.Title, titleStart, i, added.Key);
        }

        NameReader.AddTitles(sentence, added, -1, i, i + 1);
        return new PersonMention(sentence, i, i + 1, added, IsReference: false);
    }

    private PersonMention? Pronoun(ReadSentence sentence, int i, List<PersonMention> inSentence, HashSet<int> singles)
    {
        // The nearest person before it in the sentence ("Trump said he ...", "Kim might lose his will"), else ...
        var person = inSentence.LastOrDefault()?.Person
            ?? Cataphora(sentence, i, singles)
            ?? (_previous is not null && _previous.Paragraph == sentence.Paragraph ? Subject(_previous) : null)
            ?? people.MentionedLast(sentence.Ordinal);
        return person is null ? null : new PersonMention(sentence, i, i + 1, person, IsReference: true);
    }

    /// <summary>"Speaking at the hotel where he held a news conference, Trump said ...": a pronoun in an opening clause means the subject after it.</summary>
    private ArticlePerson? Cataphora(ReadSentence sentence, int pronoun, HashSet<int> singles)
    {
        var tokens = sentence.Tokens;
        var comma = tokens.FindIndex(pronoun, t => t.Text == ",");
        if (comma < 0 || !tokens.Take(pronoun).Any(t => t.Text == ",") && tokens[0].Text is not ("Speaking" or "After" or "Before" or "While" or "When" or "As" or "Since" or "Asked" or "Upon" or "On" or "Having"))
        {
            return null;
        }

        var after = comma + 1;
        if (mentions.FirstOrDefault(m => m.Sentence == sentence && m.Start == after) is { } full)
        {
            return full.Person;
        }

        return singles.Contains(after) ? people.ByName(tokens[after].Text, null) : null;
    }

    private ArticlePerson? Subject(ReadSentence sentence) =>
        mentions.Where(m => m.Sentence == sentence).OrderBy(m => m.Start).FirstOrDefault()?.Person;

    /// <summary>"the envoy", "the North Korean leader", "the U.S. president": a role with no name after it.</summary>
    private PersonMention? Role(ReadSentence sentence, int i)
    {
        var tokens = sentence.Tokens;
        if (!tokens[i].Is("the") || sentence.Taken.Contains(i) || (i > 0 && tokens[i - 1].Text == ","))
        {
            // ", the vice foreign minister who ..." after a name is that person's title, not a reference.
            return null;
        }

        for (var h = i + 1; h < Math.Min(tokens.Count, i + 5); h++)
        {
            var word = tokens[h].Text;
            if (RoleWords.IsHead(word) && !word.EndsWith('s'))
            {
                var named = h + 1 < tokens.Count && (tokens[h + 1].IsCapitalized || tokens[h + 1].Text is "of" or "for" or "to");
                return named || people.ByRole(word) is not { } person ? null : new PersonMention(sentence, i, h + 1, person, IsReference: true);
            }

            if (!(RoleWords.IsRoleWord(word) || tokens[h].IsCapitalized || tokens[h].Kind == TokenKind.Possessive))
            {
                return null;
            }
        }

        return null;
    }
}
