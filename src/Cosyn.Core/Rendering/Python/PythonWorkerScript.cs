namespace Cosyn.Rendering.Python;

/// <summary>The worker script, embedded in the assembly so the CLI, tests and benchmarks all find it.</summary>
internal static class PythonWorkerScript
{
    private static readonly Lazy<string> Text = new(Load);

    /// <summary>File name the script is written under in each worker directory.</summary>
    public const string FileName = "python_worker.py";

    /// <summary>The script's source.</summary>
    public static string Source => Text.Value;

    private static string Load()
    {
        var assembly = typeof(PythonWorkerScript).Assembly;
        using var stream = assembly.GetManifestResourceStream("Cosyn.Rendering.Python.python_worker.py")
            ?? throw new InvalidOperationException("python_worker.py is not embedded in Cosyn.Core");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
