using System.Text;
using Lucene.Net.Documents;
using SummitBot.Knowledge;
using SummitBot.Language.Reading;

namespace SummitBot.Search;

/// <summary>
/// Turns one source into its index documents: every sentence with what <see cref="ArticleReader"/> found in it (its
/// annotations, the words it refers back to, the names of the sentence before), then the source's own document with
/// the people the article names. Added as one block, so a source's sentences stand next to each other in the index.
/// </summary>
internal static class SourceIndexer
{
    /// <summary>
    /// The documents of <paramref name="source"/> (whose body is <paramref name="paragraphs"/>) as source number
    /// <paramref name="ordinal"/>, and the source as the index holds it.
    /// </summary>
    public static (List<Document> Documents, IndexedSource Indexed) Documents(SourceDocument source, IReadOnlyList<string> paragraphs, int ordinal, Func<string, List<string>> analyze)
    {
        var reading = ArticleReader.Read(source.Title, source.Published, paragraphs);
        var documents = new List<Document>(reading.Sentences.Count + 1);
        SentenceReading? previous = null;
        foreach (var sentence in reading.Sentences)
        {
            // Lucene keeps no reference to the field values once a document is added, but a block is added at once:
            // each sentence gets its own document object.
            var fields = new SentenceFields();
            documents.Add(fields.Set(
                source.Id,
                sentence.Paragraph,
                sentence.Index,
                sentence.Text,
                sentence.Context,
                previous is null ? string.Empty : NamesIn(previous),
                AnnotationCodec.Encode(sentence.Annotations),
                IndexSchema.SentenceOrder(ordinal, sentence.Paragraph, sentence.Index)));
            previous = sentence;
        }

        // The index keeps the metadata, never the body twice: its sentences are the body.
        var indexed = new IndexedSource(source.Paragraphs.Count > 0 ? source with { Paragraphs = [] } : source, ordinal, EncodePeople(reading.People));
        documents.Add(SourceFields.Create(indexed, NamesOf(source, reading, analyze)));
        return (documents, indexed);
    }

    /// <summary>What the sentence before names, for a sentence that goes on about it: people, places, organisations, events, dates.</summary>
    private static string NamesIn(SentenceReading sentence)
    {
        var names = new StringBuilder();
        foreach (var a in sentence.Annotations)
        {
            var words = a.Kind switch
            {
                AnnotationKind.Person or AnnotationKind.Organization => a.Value,
                AnnotationKind.Place or AnnotationKind.Date => a.TextIn(sentence.Text),
                AnnotationKind.Event => a.Value + " " + a.Detail,
                _ => null,
            };
            if (words is not null)
            {
                names.Append(words).Append(" . ");
            }
        }

        return names.ToString();
    }

    /// <summary>
    /// The article's setting, analyzed: its headline and the names of its lead (the first two sentences). What "in Hanoi"
    /// in a question can find when a sentence of an article about Hanoi does not repeat it; a name only mentioned in
    /// passing elsewhere in the article is not its setting.
    /// </summary>
    private static string NamesOf(SourceDocument source, ArticleReading reading, Func<string, List<string>> analyze)
    {
        var names = new HashSet<string>(analyze(source.Title), StringComparer.Ordinal);
        foreach (var word in source.Title.Split(' '))
        {
            names.UnionWith(analyze(word));
        }

        // The dateline's place ("NEW YORK (Agency) —"): where the story was filed, in capitals that no name reader takes
        // for a name when the gazetteer does not list it.
        if (reading.Sentences.Count > 0 && reading.Sentences[0] is var lead && Dateline.Place(Language.Tokenizer.Tokenize(lead.Text)) is { } filedFrom)
        {
            names.UnionWith(filedFrom.Split(' ').SelectMany(word => analyze(word.ToLowerInvariant())));
        }

        foreach (var sentence in reading.Sentences.Take(2))
        {
            foreach (var a in sentence.Annotations)
            {
                if (a.Kind is AnnotationKind.Person or AnnotationKind.Place or AnnotationKind.Organization)
                {
                    var name = a.Kind == AnnotationKind.Person ? a.Value : a.TextIn(sentence.Text);
                    names.UnionWith(analyze(name));

                    // Each word too: "Korea" asks for an article set in "North Korea" as much as the whole name does.
                    foreach (var word in name.Split(' '))
                    {
                        names.UnionWith(analyze(word));
                    }

                    // The country of a place of the lead ("Vladivostok", "the Russian leader"): an article set in
                    // Vladivostok is set in Russia, which a question may name instead.
                    if (a.Kind == AnnotationKind.Place && a.PlaceCountry.ToString() is { Length: > 0 } country)
                    {
                        names.UnionWith(analyze(country));
                    }
                }
            }
        }

        return string.Join(' ', names);
    }

    /// <summary>One line a person: the name, a tab, the titles the article gives them separated by '|'.</summary>
    internal static string EncodePeople(IReadOnlyList<ArticlePerson> people) =>
        string.Join('\n', people.Select(p => p.Name + "\t" + string.Join('|', p.Titles.Select(t => t.Replace('|', '/').Replace('\n', ' ')))));
}
