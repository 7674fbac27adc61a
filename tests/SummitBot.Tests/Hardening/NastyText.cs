using CsCheck;

namespace SummitBot.Tests.Hardening;

/// <summary>Texts a user (or an attacker) may type: the generator behind the bad-input tests' <c>text</c> fields.</summary>
internal static class NastyText
{
    private static readonly string[] Samples =
    [
        string.Empty,
        " ",
        "\u0000\u0001\u0002\u001b[31m\u007f",
        "where\u0000is\u0008the\u000Bsecond\u000Csummit?",
        "\u202Ewhere is the second summit?\u202C",
        "\u200F\u0623\u064A\u0646 \u0627\u0644\u0642\u0645\u0629 \u0627\u0644\u062B\u0627\u0646\u064A\u0629\u061F", // Arabic, right-to-left mark
        "\u05D0\u05D9\u05E4\u05D4 \u05D4\u05E4\u05E1\u05D2\u05D4?", // Hebrew
        "\uD83D\uDE00\uD83D\uDC4D\uD83C\uDDF0\uD83C\uDDF5 summit \uD83E\uDD1D\u200D\uD83E\uDDD1\u200D\uD83E\uDDD1",
        "\uFEFFwho is Stephen Biegun?\u200B\u200C\u200D",
        "talks OR (envoy",
        "title:x^10 AND content:[a TO z] OR \"unterminated",
        "*?~ + - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /",
        "/.*/ field:/reg[ex/ ~2 ^-1 \\",
        "<at>SummitBot</at> <script>alert(1)</script> <@U123ABC>",
        "'; DROP TABLE conversations; --",
        "${jndi:ldap://127.0.0.1/a} {{7*7}} %s%s%n",
        "../../../../etc/passwd",
        "where is the second summit?",
        "who is Stephen Biegun?",
        "SINGAPORE SUMMIT DATE?",
    ];

    /// <summary>A sample, random Unicode, or a long repetition (up to 200,000 characters: over any question limit, under the body limit).</summary>
    public static readonly Gen<string> Any = Gen.Frequency(
        (6, Gen.OneOf(Samples)),
        (3, Gen.Char.Array[0, 300].Select(chars => new string(chars))),
        (1, Gen.Select(Gen.OneOf(Samples), Gen.Int[1, 200_000], (s, n) => Repeat(s.Length == 0 ? "x" : s, n))));

    private static string Repeat(string text, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = text[i % text.Length];
        }

        return new string(chars);
    }
}
