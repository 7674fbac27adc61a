using SummitBot.Import;

namespace SummitBot.Tests.Import;

public sealed class PublishedDateTests
{
    [Theory]
    [InlineData("2019-02-12", "2019-02-12")]
    [InlineData("2019-02-12T09:30:00+09:00", "2019-02-12T09:30:00+09:00")]
    [InlineData("2019-02-12T00:30:00Z", "2019-02-12T00:30:00+00:00")]
    [InlineData("2019-02-12T09:30:00.123+0900", "2019-02-12T09:30:00+09:00")]
    [InlineData("Tue, 12 Feb 2019 09:30:00 +0900", "2019-02-12T09:30:00+09:00")]
    [InlineData("Tue, 12 Feb 2019 00:30:00 GMT", "2019-02-12T00:30:00+00:00")]
    [InlineData("12 Feb 2019 00:30 EST", "2019-02-12T00:30:00-05:00")]
    [InlineData("February 12, 2019", "2019-02-12")]
    public void DatesAsPagesAndFeedsWriteThemBecomeIso8601WithTheirOwnZone(string raw, string expected) =>
        Assert.Equal(expected, PublishedDate.Normalize(raw));

    [Fact]
    public void ATimeWithoutAZoneGetsNoZone() =>
        Assert.Equal("2019-02-12T09:30:00", PublishedDate.Normalize("2019-02-12T09:30:00"));

    [Theory]
    [InlineData("yesterday afternoon")]
    [InlineData("3 hours ago")]
    [InlineData("")]
    [InlineData(null)]
    public void WhatIsNotADateIsNull(string? raw) => Assert.Null(PublishedDate.Normalize(raw));
}
