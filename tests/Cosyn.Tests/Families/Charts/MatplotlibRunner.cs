namespace Cosyn.Tests.Families.Charts;

/// <summary>Runs generated scripts with the system matplotlib (one python process per batch) and returns what each drew.</summary>
internal static class MatplotlibRunner
{
    /// <summary>The Debian python that has matplotlib 3.6 (the pyenv python on PATH does not).</summary>
    public const string Python = PythonDriver.Python;

    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static bool Available => File.Exists(Python);

    public static IReadOnlyList<RenderReport> RenderAll(IReadOnlyList<(string Code, string Png)> jobs) =>
        JsonSerializer.Deserialize<List<RenderReport>>(PythonDriver.Run(Path.Combine("Families", "Charts", "render_driver.py"), jobs), SnakeCase)!;
}
