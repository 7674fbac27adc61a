using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using SummitBot.Tests.Support;

namespace SummitBot.Tests.Channels;

/// <summary>The Teams app package that deploy/teams/package.sh builds is one Teams accepts for sideloading.</summary>
public sealed class TeamsPackageTests
{
    private const string AppId = "7a1f3c2e-5b4d-4e6f-8a9b-0c1d2e3f4a5b";

    [Fact]
    public async Task PackagesTheManifestWithTheBotsAppIdAndBothIcons()
    {
        var zip = Path.Combine(RepoPaths.NewTempFolder("teams"), "summitbot.zip");

        var (exit, error) = await PackageAsync(AppId, zip);

        Assert.True(exit == 0, error);
        using var package = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], package.Entries.Select(e => e.FullName).Order());

        using var manifestStream = package.GetEntry("manifest.json")!.Open();
        var manifest = JsonNode.Parse(manifestStream)!.AsObject();
        Assert.DoesNotContain("{{", manifest.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(AppId, (string?)manifest["id"]);
        Assert.EndsWith($"/v{(string?)manifest["manifestVersion"]}/MicrosoftTeams.schema.json", (string)manifest["$schema"]!, StringComparison.Ordinal);
        Assert.StartsWith("https://", (string)manifest["developer"]!["privacyUrl"]!, StringComparison.Ordinal);
        Assert.InRange(((string)manifest["name"]!["short"]!).Length, 1, 30);
        Assert.InRange(((string)manifest["description"]!["short"]!).Length, 1, 80);

        var bot = Assert.Single(manifest["bots"]!.AsArray())!;
        Assert.Equal(AppId, (string?)bot["botId"]);
        Assert.Equal(["groupChat", "personal", "team"], bot["scopes"]!.AsArray().Select(s => (string)s!).Order());
        var commands = bot["commandLists"]!.AsArray().SelectMany(list => list!["commands"]!.AsArray()).ToList();
        Assert.InRange(commands.Count, 3, 10);
        Assert.All(commands, c => Assert.InRange(((string)c!["title"]!).Length, 1, 32));
        Assert.Contains(commands, c => ((string)c!["title"]!).EndsWith('?'));

        Assert.Equal(192, PngSize(package, "color.png"));
        Assert.Equal(32, PngSize(package, "outline.png"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-guid")]
    [InlineData("7a1f3c2e-5b4d-4e6f-8a9b-0c1d2e3f4a5b\"; rm -rf /")]
    public async Task RefusesSomethingThatIsNotAnAppId(string appId)
    {
        var zip = Path.Combine(RepoPaths.NewTempFolder("teams"), "summitbot.zip");

        var (exit, error) = await PackageAsync(appId, zip);

        Assert.Equal(2, exit);
        Assert.Contains("App ID", error, StringComparison.Ordinal);
        Assert.False(File.Exists(zip));
    }

    private static async Task<(int Exit, string Error)> PackageAsync(string appId, string zip)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "deploy", "teams", "package.sh"));
        start.ArgumentList.Add(appId);
        start.ArgumentList.Add(zip);
        start.Environment.Remove("MicrosoftAppId");
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await error);
    }

    /// <summary>The width of a square PNG, from its IHDR chunk (asserting it is square).</summary>
    private static int PngSize(ZipArchive package, string name)
    {
        using var stream = package.GetEntry(name)!.Open();
        var header = new byte[24];
        stream.ReadExactly(header);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], header[..4]);
        var width = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20, 4));
        Assert.Equal(width, height);
        return width;
    }
}
