using System.Runtime.CompilerServices;
using SummitBot.Search;

namespace SummitBot.Answering;

/// <summary>The <see cref="AnsweringModel"/> of each knowledge generation, built when the generation is prepared.</summary>
internal sealed class AnsweringModelCache : ISnapshotPreparer
{
    private readonly ConditionalWeakTable<KnowledgeSnapshot, AnsweringModel> _models = [];

    public void Prepare(KnowledgeSnapshot snapshot) => For(snapshot);

    public AnsweringModel For(KnowledgeSnapshot snapshot) =>
        _models.GetValue(snapshot, static s => new AnsweringModel(s));
}
