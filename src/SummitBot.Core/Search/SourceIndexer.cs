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
    public static List<Document> Documents(SourceDocument source, int sourceIndex)
    {
        var reading = ArticleReader.Read(source.Title, source.Published, source.Paragraphs);
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
                IndexSchema.SentenceOrder(sourceIndex, sentence.Paragraph, sentence.Index)));
            previous = sentence;
        }

        documents.Add(SourceFields.Create(source.Id, EncodePeople(reading.People), IndexSchema.SourceOrder(sourceIndex)));
        return documents;
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

    /// <summary>One line a person: the name, a tab, the titles the article gives them separated by '|'.</summary>
    internal static string EncodePeople(IReadOnlyList<ArticlePerson> people) =>
        string.Join('\n', people.Select(p => p.Name + "\t" + string.Join('|', p.Titles.Select(t => t.Replace('|', '/').Replace('\n', ' ')))));
}
