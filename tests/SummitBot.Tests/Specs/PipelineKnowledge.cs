using SummitBot.Tests.Support;
using SummitBot.TestTools.QuestionSets;

namespace SummitBot.Tests.Specs;

/// <summary>
/// The repository's knowledge with the spec article(s) of Specs/articles added, in a temporary folder, answered by
/// the answering core alone: built once for pipeline.txt. Test articles never go into knowledge/.
/// </summary>
public sealed class PipelineKnowledge : IDisposable
{
    private readonly string _folder = RepoPaths.NewTempFolder("specs");

    public PipelineKnowledge()
    {
        var knowledge = KnowledgeCopy.With(RepoPaths.Knowledge, Path.Combine(SpecFile.Folder, "articles"), Path.Combine(_folder, "knowledge"));
        Answering = new AnsweringHost(knowledge, Path.Combine(_folder, "index"));
    }

    public AnsweringHost Answering { get; }

    public void Dispose()
    {
        Answering.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
