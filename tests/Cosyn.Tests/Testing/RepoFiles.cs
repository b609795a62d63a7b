namespace Cosyn.Tests.Testing;

/// <summary>Files of the checked-out repository (scripts, docs) that tests read to check they agree with the code.</summary>
internal static class RepoFiles
{
    /// <summary>The repository root: the nearest folder above the test binaries holding <c>cosyn.slnx</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The text of <paramref name="relative"/> (e.g. <c>scripts/bootstrap.sh</c>).</summary>
    public static string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "cosyn.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no cosyn.slnx above {AppContext.BaseDirectory}");
    }
}
