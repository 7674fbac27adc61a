namespace SummitBot.Channels.DirectLine;

/// <summary>What a caller presented: the secret, a conversation token, or a stream token from a <c>streamUrl</c>.</summary>
internal enum CredentialKind
{
    Secret,
    Token,
    Stream,
}

/// <summary>
/// A verified credential. A secret may act on any conversation; a token or stream token only on
/// <see cref="ConversationId"/>, and as <see cref="UserId"/> when the token names a user.
/// </summary>
internal sealed record DirectLineCredential(CredentialKind Kind, string? ConversationId, string? UserId, string? UserName, DateTimeOffset? ExpiresAt)
{
    public static readonly DirectLineCredential Secret = new(CredentialKind.Secret, null, null, null, null);

    public bool MayAccess(string conversationId) =>
        Kind == CredentialKind.Secret || string.Equals(ConversationId, conversationId, StringComparison.Ordinal);
}
