using SummitBot.Answering.Retrieval;
using SummitBot.Tests.Support;

namespace SummitBot.Tests.Specs;

/// <summary>
/// pipeline.txt tests the answering stages on a knowledge small enough to be its own scope (<see cref="Scoping.Sources"/>).
/// Past that size every question is first narrowed to the sources richest in its distinctive words, so one more spec
/// article would move every spec onto that narrowing at once: in one session a 41st article turned seven unrelated
/// specs into declines, each a question whose short article the narrowing left out. This fails first and says why.
/// </summary>
public sealed class SpecKnowledgeSize
{
    [Fact]
    public void The_spec_knowledge_is_one_scope()
    {
        var sources = Directory.GetFiles(Path.Combine(RepoPaths.Knowledge, "sources")).Length
            + Directory.GetFiles(Path.Combine(SpecFile.Folder, "articles")).Length;

        Assert.True(sources <= Scoping.Sources,
            $"the spec knowledge holds {sources} sources, more than a scope's {Scoping.Sources}: add a new spec story to an existing spec article");
    }
}
