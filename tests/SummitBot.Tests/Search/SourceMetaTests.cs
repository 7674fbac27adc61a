using SummitBot.Knowledge;
using SummitBot.Search;

namespace SummitBot.Tests.Search;

public sealed class SourceMetaTests
{
    [Theory]
    [InlineData("Talks Resume in Hanoi", "World", "The Lantern Post", "2019-02-12", "https://example.org/a?b=c")]
    [InlineData("Überraschung: “Gipfel” — 首脑会议 🙂", null, null, null, null)]
    public void ASourcesFileStampAndMetadataReadBackAsTheyWereWritten(string title, string? section, string? publisher, string? published, string? url)
    {
        var source = new SourceDocument(
            "talks-resume", title, section, publisher, published, url is null ? null : new Uri(url), ["The body is not kept."], "sources/talks-resume.txt",
            new FileStamp(12_345, 638_000_000_000_000_000, "0123456789ABCDEF0123456789ABCDEF"));

        var read = SourceMeta.Decode(SourceMeta.Encode(source), new StringPool());

        Assert.Equal(source with { Paragraphs = [] }, read! with { Paragraphs = [] });
        Assert.Empty(read.Paragraphs);
        Assert.Equal(url, read.Url?.OriginalString);
    }

    [Fact]
    public void BytesOfAnotherFormatAreNotReadAsASource()
    {
        Assert.Null(SourceMeta.Decode([], new StringPool()));
        Assert.Null(SourceMeta.Decode([9, 1, 2], new StringPool()));
    }
}
