using Microsoft.IdentityModel.Tokens;
using SummitBot.Authentication;

namespace SummitBot.Tests.Authentication;

/// <summary>The header check in front of the SDK: what it lets through to real validation, and what it refuses outright.</summary>
public sealed class BearerTokenShapeTests
{
    [Fact]
    public void LetsAnRsaSignedTokenThroughToValidation()
    {
        var token = ChannelTokens.Sign(LoopbackOpenIdServer.NewKey("k"), "app", SignedRequests.ServiceUrl);

        Assert.Null(BearerTokenShape.Problem("Bearer " + token, 16_384));
    }

    [Theory]
    [InlineData("Basic abc", "not a Bearer token")]
    [InlineData("bearer a.b.c", "not a Bearer token")]
    [InlineData("Bearer ", "empty token")]
    [InlineData("Bearer a.b", "malformed token")]
    [InlineData("Bearer a..c", "malformed token")]
    [InlineData("Bearer !!!.@@@.###", "malformed token")]
    public void RefusesAHeaderThatCannotCarryAChannelToken(string header, string problem)
    {
        Assert.Equal(problem, BearerTokenShape.Problem(header, 16_384));
    }

    [Fact]
    public void RefusesAnUnsignedOrSymmetricToken()
    {
        Assert.Equal("malformed token", BearerTokenShape.Problem("Bearer " + ChannelTokens.Unsigned("app", "u"), 16_384));
        Assert.Equal("signing algorithm not allowed", BearerTokenShape.Problem("Bearer " + ChannelTokens.Unsigned("app", "u", "c2ln"), 16_384));
        var hmac = ChannelTokens.Sign(new SymmetricSecurityKey(new byte[32]), "app", "u", algorithm: SecurityAlgorithms.HmacSha256);
        Assert.Equal("signing algorithm not allowed", BearerTokenShape.Problem("Bearer " + hmac, 16_384));
    }
}
