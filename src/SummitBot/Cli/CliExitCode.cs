namespace SummitBot.Cli;

/// <summary>The exit codes of the commands.</summary>
internal static class CliExitCode
{
    public const int Ok = 0;

    /// <summary>The command ran but did not fully succeed (e.g. some files could not be imported).</summary>
    public const int Failed = 1;

    /// <summary>The command line was not understood: usage was printed and nothing was done.</summary>
    public const int Usage = 2;
}
