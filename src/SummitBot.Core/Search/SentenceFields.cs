using Lucene.Net.Documents;

namespace SummitBot.Search;

/// <summary>
/// One sentence's index document, reused by a build thread for every sentence it adds: IndexWriter reads the fields
/// only during AddDocument(s), so one set of field objects per thread spares an allocation per field per sentence.
/// </summary>
internal sealed class SentenceFields
{
    private readonly StringField _source = new(IndexSchema.Source, string.Empty, Field.Store.YES);
    private readonly StoredField _paragraph = new(IndexSchema.Paragraph, 0);
    private readonly StoredField _sentence = new(IndexSchema.Sentence, 0);
    private readonly TextField _text = new(IndexSchema.Text, string.Empty, Field.Store.YES);
    private readonly TextField _context = new(IndexSchema.Context, string.Empty, Field.Store.YES);
    private readonly TextField _near = new(IndexSchema.Near, string.Empty, Field.Store.YES);
    private readonly StoredField _annotations = new(IndexSchema.Annotations, string.Empty);
    private readonly NumericDocValuesField _order = new(IndexSchema.Order, 0L);
    private readonly Document _document;

    public SentenceFields()
    {
        _document = [new StringField(IndexSchema.Kind, IndexSchema.SentenceKind, Field.Store.NO), _source, _paragraph, _sentence, _text, _context, _near, _annotations, _order];
    }

    public Document Set(string sourceId, int paragraph, int sentence, string text, string context, string near, string annotations, long order)
    {
        _source.SetStringValue(sourceId);
        _paragraph.SetInt32Value(paragraph);
        _sentence.SetInt32Value(sentence);
        _text.SetStringValue(text);
        _context.SetStringValue(context);
        _near.SetStringValue(near);
        _annotations.SetStringValue(annotations);
        _order.SetInt64Value(order);
        return _document;
    }
}
