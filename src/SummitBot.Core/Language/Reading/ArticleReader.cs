using SummitBot.Language.Quantities;
using SummitBot.Language.Quotes;
using SummitBot.Language.Time;

namespace SummitBot.Language.Reading;

/// <summary>
/// Reads an article once, at index time, for everything answering needs to know about its sentences: dates worked out
/// on the calendar, places, organisations, people with their titles and every short form, pronoun and role that
/// refers to them, quotes with their speakers, people's ages, numbers with what they count, event nouns with their qualifiers, and
/// reason clauses. Rules and word lists of general English and the gazetteer; nothing of any one story.
/// </summary>
public static class ArticleReader
{
    public static ArticleReading Read(string headline, string? published, IReadOnlyList<string> paragraphs)
    {
        var sentences = Split(paragraphs);
        JoinDoubleBarrelled(sentences);
        var nameWords = NameWords(sentences);
        var people = new ArticlePeople();
        var mentions = new List<PersonMention>();
        var singles = new List<(ReadSentence Sentence, int Token)>();

        var dates = new DateReader(PublishedDate.Parse(published));
        foreach (var sentence in sentences)
        {
            dates.Read(sentence);
            NameReader.Read(sentence, people, nameWords, mentions, singles);
        }

        people.StartReading();
        people.Lead = mentions.Where(m => m.Sentence.Ordinal == 0).OrderBy(m => m.Start).Select(m => m.Person).FirstOrDefault();
        var references = new ReferenceReader(people, mentions, PlaceWordsOf(sentences));
        var singlesBySentence = singles.ToLookup(s => s.Sentence, s => s.Token);
        foreach (var sentence in sentences)
        {
            references.Read(sentence, singlesBySentence[sentence]);
        }

        AnnotatePeople(mentions);
        var quotes = new QuoteReader();
        var events = new EventReader();
        events.ReadHeadline(headline);
        ReadSentence? previous = null;
        foreach (var sentence in sentences)
        {
            quotes.Read(sentence);

            // Ages before numbers: "Kim, 58," is Kim's age, not a count of anything.
            AgeReader.Read(sentence);
            QuantityReader.Read(sentence);

            // "The men, aged 22 and 23, ...": the people the sentence before counted, once its counts are read.
            GroupReference.Read(sentence, previous);
            previous = sentence;
            events.Read(sentence);
            ReasonReader.Read(sentence);
        }

        NameSpeakersInFull(sentences, people);

        return new ArticleReading(
            [.. sentences.Select(s => new SentenceReading(
                s.Paragraph, s.Index, s.Text, [.. s.Annotations.OrderBy(a => a.Start).ThenBy(a => a.Kind)], string.Join(' ', s.Context.Distinct(StringComparer.OrdinalIgnoreCase))))],
            people.All);
    }

    private static List<ReadSentence> Split(IReadOnlyList<string> paragraphs)
    {
        var sentences = new List<ReadSentence>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var inParagraph = SentenceSplitter.Split(paragraphs[p]);
            for (var s = 0; s < inParagraph.Count; s++)
            {
                sentences.Add(new ReadSentence(p, s, sentences.Count, inParagraph[s]));
            }
        }

        return sentences;
    }

    /// <summary>
    /// "Cuban President Miguel Díaz-Canel ... Díaz-Canel said": a double-barrelled name read whole in one sentence is
    /// read whole in every other (<see cref="DoubleBarrelledName.JoinKnown"/>), before any name is read.
    /// </summary>
    private static void JoinDoubleBarrelled(List<ReadSentence> sentences)
    {
        var names = sentences.SelectMany(s => s.Tokens).Where(DoubleBarrelledName.IsOne).Select(t => t.Text.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        if (names.Count == 0)
        {
            return;
        }

        foreach (var sentence in sentences)
        {
            DoubleBarrelledName.JoinKnown(sentence.Text, sentence.Tokens, names);
        }
    }

    /// <summary>
    /// The distinctive words of the places the article names in full ("metropole" of "Sofitel Legend Metropole"), for
    /// short forms; and the one-word places the article says the kind of ("the border village of Panmunjom", "Sentosa
    /// island"), so that the name alone elsewhere ("Panmunjom, where the armistice was signed") is the same place. A
    /// one-word place read only from a preposition ("at the Istana") is not enough to make the word a place everywhere.
    /// </summary>
    private static Dictionary<string, Annotation> PlaceWordsOf(List<ReadSentence> sentences)
    {
        var words = new Dictionary<string, Annotation>(StringComparer.Ordinal);
        foreach (var place in sentences.SelectMany(s => s.Annotations).Where(a => a.Kind == AnnotationKind.Place && !a.Value.Contains(' ', StringComparison.Ordinal)
            && !a.Detail.StartsWith(nameof(World.PlaceKind.Unknown), StringComparison.Ordinal) && !a.IsDemonym))
        {
            var lower = place.Value.ToLowerInvariant();
            if (place.Value.Length > 1 && char.IsUpper(place.Value[0]) && !Words.CommonWords.IsCommon(lower) && !Words.PlaceWords.Kinds.ContainsKey(lower))
            {
                words.TryAdd(lower, place);
            }
        }

        foreach (var place in sentences.SelectMany(s => s.Annotations).Where(a => a.Kind == AnnotationKind.Place && a.Value.Contains(' ', StringComparison.Ordinal)))
        {
            foreach (var word in place.Value.Split(' '))
            {
                var lower = word.ToLowerInvariant();
                if (char.IsUpper(word[0]) && !Words.CommonWords.IsCommon(lower) && !Words.PlaceWords.Kinds.ContainsKey(lower))
                {
                    words.TryAdd(lower, place);
                }
            }
        }

        return words;
    }

    /// <summary>Words the article capitalizes in mid-sentence and never writes in lower case: its names.</summary>
    private static HashSet<string> NameWords(List<ReadSentence> sentences)
    {
        var capitalized = new HashSet<string>(StringComparer.Ordinal);
        var lower = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            var tokens = sentence.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].IsWord)
                {
                    continue;
                }

                if (!tokens[i].IsCapitalized)
                {
                    lower.Add(tokens[i].Text);
                }
                else if (!NameRuns.StartsSentence(tokens, i))
                {
                    capitalized.Add(tokens[i].Text.ToLowerInvariant());
                }
            }
        }

        capitalized.ExceptWith(lower);
        return capitalized;
    }

    /// <summary>
    /// "“…,” Mrs. Lund said": a speaker quoted by a courtesy title and surname is the person the article named in full
    /// before (<see cref="HonorificName"/>), so "who said ...?" answers with the name the reader was given.
    /// </summary>
    private static void NameSpeakersInFull(List<ReadSentence> sentences, ArticlePeople people)
    {
        // The names in the order the article gives them, with the sex a title of kin tells: once per article, not per quote.
        var names = people.All.Select(p => p.Name).ToList();
        var sexes = people.All.Select(p => p.Titles.Select(ArticlePerson.KinGender).FirstOrDefault(g => g != '\0')).ToList();
        foreach (var sentence in sentences)
        {
            for (var k = 0; k < sentence.Annotations.Count; k++)
            {
                var quote = sentence.Annotations[k];
                if (quote.Kind != AnnotationKind.Quote || HonorificName.Read(quote.Value) is null)
                {
                    continue;
                }

                // Only people named before the short form: one named later is someone else of the name. Their sex is
                // the one a title of kin tells ("her father"); a pronoun's guess may be wrong ("“he never wrote,” she said").
                var at = names.IndexOf(quote.Value);
                var before = names.Take(Math.Max(0, at)).Zip(sexes);
                if (at > 0 && (HonorificName.FullName(quote.Value, before) ?? NamedJustBefore(sentences, sentence, quote.Value, names, sexes)) is { } full)
                {
                    sentence.Annotations[k] = quote with { Value = full };
                }
            }
        }
    }

    /// <summary>
    /// 'The club's chairman, Ola Berg, resigned on Monday. "...," Mr. Berg said.': a courtesy title and a name's word that
    /// several people of the article share stand for the one of them the sentence right before, in the same paragraph,
    /// names in full, when it names only one: news gives the short form right after the full name it stands for. Null
    /// when that sentence names none of them, or more than one.
    /// </summary>
    private static string? NamedJustBefore(List<ReadSentence> sentences, ReadSentence sentence, string shortName, List<string> names, List<char> sexes)
    {
        if (sentence.Ordinal == 0 || sentences[sentence.Ordinal - 1] is not { } previous || previous.Paragraph != sentence.Paragraph)
        {
            return null;
        }

        var named = previous.Annotations.Where(a => a.Kind == AnnotationKind.Person && !a.IsReference).Select(a => a.Value).Distinct(StringComparer.OrdinalIgnoreCase);
        return HonorificName.FullName(shortName, named.Select(n => (n, names.IndexOf(n) is >= 0 and var i ? sexes[i] : '\0')));
    }

    /// <summary>Every mention becomes a person annotation by the fullest name seen; a reference also puts that name in the sentence's context.</summary>
    private static void AnnotatePeople(List<PersonMention> mentions)
    {
        foreach (var mention in mentions)
        {
            var sentence = mention.Sentence;
            sentence.Annotate(AnnotationKind.Person, mention.Start, mention.End, mention.Person.Name, mention.IsReference ? Annotation.ReferenceDetail : string.Empty);
            if (mention.IsReference)
            {
                sentence.Context.Add(mention.Person.Name);
            }
        }
    }
}
