namespace Cosyn.Tests.Families.Tables;

/// <summary>Runs generated matplotlib or plotly table scripts with the system python (one process per batch).</summary>
internal static class TableScriptRunner
{
    /// <summary>The Debian python that has matplotlib 3.6 and plotly.</summary>
    public const string Python = PythonDriver.Python;

    public static bool Available => File.Exists(Python);

    /// <summary>One report per script: <c>error</c> (null when it ran) plus what it drew.</summary>
    public static IReadOnlyList<JsonElement> RunAll(IReadOnlyList<(string Code, string Png)> jobs)
    {
        using var doc = JsonDocument.Parse(PythonDriver.Run(Path.Combine("Families", "Tables", "table_driver.py"), jobs));
        return [.. doc.RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
