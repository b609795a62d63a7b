namespace Cosyn.Rendering.Python;

/// <summary>The worker script and its job-mode modules, embedded in the assembly so the CLI, tests and benchmarks all find them.</summary>
internal static class PythonWorkerScript
{
    private const string ResourcePrefix = "Cosyn.Rendering.Python.";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Files = new(Load);

    /// <summary>File name of the entry script in each worker directory.</summary>
    public const string FileName = "python_worker.py";

    /// <summary>Writes the entry script and every <c>cosyn_*.py</c> module it imports into <paramref name="directory"/>.</summary>
    public static async Task WriteToAsync(string directory, CancellationToken cancellationToken)
    {
        foreach (var (name, text) in Files.Value)
        {
            await File.WriteAllTextAsync(Path.Combine(directory, name), text, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Dictionary<string, string> Load()
    {
        var assembly = typeof(PythonWorkerScript).Assembly;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".py", StringComparison.Ordinal)))
        {
            files[resource[ResourcePrefix.Length..]] = EmbeddedText.Read(resource);
        }

        return files.ContainsKey(FileName) ? files : throw new InvalidOperationException("python_worker.py is not embedded in Cosyn.Core");
    }
}
