namespace Cosyn.Cli;

/// <summary>Process exit codes.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Bad input or an unusable output folder; also a provider that refuses every request (bad key, unknown model).</summary>
    public const int Error = 1;

    /// <summary>The command line could not be parsed.</summary>
    public const int Usage = 2;

    /// <summary>The run ended with fewer samples written than requested: the failure budgets ran out (stats.json says why).</summary>
    public const int Incomplete = 3;

    /// <summary>Stopped cleanly to be resumed later: the provider was down longer than --max-outage, or --max-cost was reached (EX_TEMPFAIL).</summary>
    public const int TryAgainLater = 75;

    /// <summary>Stopped by Ctrl+C or SIGTERM after saving finished work (128 + SIGINT).</summary>
    public const int Interrupted = 130;
}
