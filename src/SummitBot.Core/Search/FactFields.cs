using Lucene.Net.Documents;
using SummitBot.Knowledge;

namespace SummitBot.Search;

/// <summary>
/// One fact's index document, reused by a build thread for every fact it adds. Nothing is stored: a hit is turned
/// back into its fact by the <see cref="IndexSchema.Order"/> doc value, the fact's index in the knowledge.
/// </summary>
internal sealed class FactFields
{
    private readonly StringField _asks = new(IndexSchema.Asks, string.Empty, Field.Store.NO);
    private readonly TextField _text = new(IndexSchema.Text, string.Empty, Field.Store.NO);
    private readonly NumericDocValuesField _order = new(IndexSchema.Order, 0L);
    private readonly Document _document;

    public FactFields()
    {
        _document = [new StringField(IndexSchema.Kind, IndexSchema.FactKind, Field.Store.NO), _asks, _text, _order];
    }

    public Document Set(FactKind asks, string evidence, int factIndex)
    {
        _asks.SetStringValue(asks.Token());
        _text.SetStringValue(evidence);
        _order.SetInt64Value(IndexSchema.FactOrder(factIndex));
        return _document;
    }
}
