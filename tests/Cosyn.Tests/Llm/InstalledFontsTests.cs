using System.Diagnostics;
using Cosyn.Synthesis.Llm.Prompting;
using Cosyn.Tests.Testing;

namespace Cosyn.Tests.Llm;

/// <summary>The fonts the code prompts promise (fonts.json) are the ones this machine has, and the ones they warn against are not.</summary>
public sealed class InstalledFontsTests
{
    private static InstalledFonts Fonts => PromptLibrary.Default.Fonts;

    [Fact]
    public void LatexPackages_Listed_ExistInTexLive()
    {
        RequiredTool.Check("kpsewhich");

        var missing = Fonts.LatexPackages.Where(p => Kpsewhich(p).Length == 0).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void LatexPackages_WarnedAgainst_AreMissing()
    {
        RequiredTool.Check("kpsewhich");

        var present = Fonts.LatexMissing.Where(p => Kpsewhich(p).Length > 0).ToList();

        Assert.Empty(present);
    }

    [Fact]
    public void SystemFonts_Listed_AreKnownToFontconfig()
    {
        RequiredTool.Check("fc-list");
        var families = Run("fc-list", ": family").Split('\n', ',').Select(f => f.Trim()).ToHashSet(StringComparer.Ordinal);

        var missing = Fonts.System.Where(f => !families.Contains(f)).ToList();

        Assert.Empty(missing);
    }

    private static string Kpsewhich(string package) => Run("kpsewhich", package + ".sty").Trim();

    private static string Run(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
