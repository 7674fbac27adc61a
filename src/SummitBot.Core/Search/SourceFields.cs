using Lucene.Net.Documents;

namespace SummitBot.Search;

/// <summary>A source's own index document: what was learned from the whole article (its people and their titles), read back when the index is opened.</summary>
internal static class SourceFields
{
    public static Document Create(string sourceId, string people, string names, long order) =>
    [
        new StringField(IndexSchema.Kind, IndexSchema.SourceKind, Field.Store.NO),
        new StringField(IndexSchema.Source, sourceId, Field.Store.YES),
        new StoredField(IndexSchema.People, people),
        new StoredField(IndexSchema.Names, names),
        new NumericDocValuesField(IndexSchema.Order, order),
    ];
}
