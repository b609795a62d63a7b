namespace Cosyn.Cli;

/// <summary>Process exit codes.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Bad input or an unusable output folder.</summary>
    public const int Error = 1;

    /// <summary>The command line could not be parsed.</summary>
    public const int Usage = 2;

    /// <summary>Stopped by Ctrl+C or SIGTERM after saving finished work (128 + SIGINT).</summary>
    public const int Interrupted = 130;
}
