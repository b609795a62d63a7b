namespace Cosyn.Tests.Testing;

/// <summary>
/// Makes a test that needs a real tool fail loudly when the tool is not installed, naming it and the fix; never a
/// silent pass or a skip, so a machine (or CI) without LaTeX or Python cannot look green.
/// </summary>
internal static class RequiredTool
{
    /// <summary>What to do about a missing tool, said in every failure.</summary>
    public const string Fix = "run ./scripts/bootstrap.sh";

    /// <summary>Fails the test unless every one of <paramref name="programs"/> (an absolute path, or a name on PATH) exists.</summary>
    public static void Check(params string[] programs) => Check(new ToolRequirements { Binaries = programs });

    /// <summary>Fails the test unless the sandbox and everything the registered <paramref name="tools"/> declare (binaries, npm assets) are installed.</summary>
    public static void For(params string[] tools)
    {
        var sandbox = new Cosyn.Rendering.Sandbox.SandboxPolicy();
        var needed = new ToolRequirements { Binaries = [sandbox.BwrapPath, sandbox.PrlimitPath] };
        foreach (var tool in tools)
        {
            var definition = ToolRegistry.Find(tool) ?? throw new ArgumentException($"no registered tool '{tool}'", nameof(tools));
            needed = needed.Plus(definition.Requirements);
        }

        Check(needed);
    }

    /// <summary>Fails the test unless the binaries and npm assets of <paramref name="requirements"/> are installed.</summary>
    public static void Check(ToolRequirements requirements, string? searchPath = null)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        var path = searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? "";
        var nodeModules = Path.Combine(RepoFiles.Root, "tools", "node", "node_modules");
        var missing = requirements.Binaries.Where(p => Locate(p, path) is null)
            .Concat(requirements.NodeAssets.Where(a => !File.Exists(Path.Combine(nodeModules, a))).Select(a => "tools/node/node_modules/" + a))
            .ToList();
        if (missing.Count > 0)
        {
            Assert.Fail($"{string.Join(", ", missing)} {(missing.Count == 1 ? "is" : "are")} missing: {Fix}");
        }
    }

    /// <summary>The file <paramref name="program"/> names: itself when absolute, else the first match on <paramref name="searchPath"/>; null when none.</summary>
    public static string? Locate(string program, string searchPath)
    {
        if (Path.IsPathRooted(program))
        {
            return File.Exists(program) ? program : null;
        }

        return searchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
    }
}
