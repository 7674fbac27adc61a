using System.Diagnostics;

namespace SummitBot.Tests.State;

/// <summary>Finds a server program from Debian's packages (redis-server, nginx), or says how to install it.</summary>
internal static class ServerBinary
{
    public static string Find(string name, string package)
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin"]);
        foreach (var folder in folders)
        {
            var path = Path.Combine(folder, name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new InvalidOperationException(
            $"{name} is not installed; these tests (Category=Service) need it: apt-get install -y {package}. " +
            "Run the other tests with: dotnet test --filter \"Category!=Service\"");
    }

    /// <summary>
    /// Runs <paramref name="program"/> under coreutils' <c>timeout</c>, so a server the tests start ends by itself
    /// (SIGTERM, then SIGKILL 5 s later) even if the test process dies before stopping it. SIGTERM sent to the
    /// returned process is passed on to the program.
    /// </summary>
    public static ProcessStartInfo Bounded(string program, IEnumerable<string> arguments, TimeSpan limit)
    {
        var start = new ProcessStartInfo("timeout")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--kill-after=5", ((int)limit.TotalSeconds).ToString(), program }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
