namespace Cosyn.Tests.Testing;

/// <summary>The install lists of <c>scripts/bootstrap.sh</c> (its bash arrays and the Python module list), read as text.</summary>
internal sealed class BootstrapScript
{
    private readonly string _text;

    private BootstrapScript(string text) => _text = text;

    /// <summary>The repository's script.</summary>
    public static BootstrapScript Load() => new(RepoFiles.Read("scripts/bootstrap.sh"));

    /// <summary>The words of the bash array <paramref name="name"/> (<c>NAME=( ... )</c>), comments dropped.</summary>
    public IReadOnlyList<string> Array(string name)
    {
        var match = Regex.Match(_text, $@"^{name}=\(([^)]*)\)", RegexOptions.Multiline);
        Assert.True(match.Success, $"bootstrap.sh declares no array {name}");
        return [.. match.Groups[1].Value.Split('\n')
            .Select(line => line.Split('#', 2)[0])
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
    }

    /// <summary>The modules of <c>PYTHON_MODULES="a, b"</c>.</summary>
    public IReadOnlyList<string> PythonModules()
    {
        var match = Regex.Match(_text, "^PYTHON_MODULES=\"([^\"]*)\"", RegexOptions.Multiline);
        Assert.True(match.Success, "bootstrap.sh declares no PYTHON_MODULES");
        return [.. match.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }
}
