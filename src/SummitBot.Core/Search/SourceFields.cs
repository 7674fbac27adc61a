using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace SummitBot.Search;

/// <summary>
/// A source's own index document: what was learned from the whole article (its people and their titles, the names of
/// its setting) and what it was read from (<see cref="IndexSchema.Meta"/>), read back when the index is opened.
/// </summary>
internal static class SourceFields
{
    public static Document Create(IndexedSource indexed, string names) =>
    [
        new StringField(IndexSchema.Kind, IndexSchema.SourceKind, Field.Store.NO),
        new StringField(IndexSchema.Source, indexed.Source.Id, Field.Store.YES),
        new StoredField(IndexSchema.Names, names),
        new BinaryDocValuesField(IndexSchema.People, new BytesRef(System.Text.Encoding.UTF8.GetBytes(indexed.People))),
        new BinaryDocValuesField(IndexSchema.Meta, new BytesRef(SourceMeta.Encode(indexed.Source))),
        new NumericDocValuesField(IndexSchema.Order, IndexSchema.SourceOrder(indexed.Ordinal)),
    ];
}
