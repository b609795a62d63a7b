using System.Diagnostics;

namespace Cosyn.Tests.Families.Charts.Writers.Latex;

/// <summary>Compiles a LaTeX document with pdflatex in a fresh folder and extracts its text with pdftotext.</summary>
internal static class PdfLatex
{
    public static bool Available => Exists("pdflatex") && Exists("pdftotext");

    /// <summary>The PDF's text, or the error and log tail when pdflatex fails.</summary>
    public static (string? Text, string? Error) CompileToText(string tex, string dir, int dpiForPng = 0)
    {
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "chart.tex"), tex);
        var (code, output) = Run("pdflatex", dir, "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "chart.tex");
        var pdf = Path.Combine(dir, "chart.pdf");
        if (code != 0 || !File.Exists(pdf))
        {
            var log = output.Split('\n');
            return (null, $"pdflatex exit {code}: " + string.Join("\n", log.SkipWhile(l => !l.StartsWith('!')).Take(8)));
        }

        if (dpiForPng > 0)
        {
            Run("pdftoppm", dir, "-png", "-singlefile", "-r", dpiForPng.ToString(System.Globalization.CultureInfo.InvariantCulture), "chart.pdf", "chart");
        }

        var (_, text) = Run("pdftotext", dir, "-layout", "chart.pdf", "-");
        return (text, null);
    }

    private static (int Code, string Output) Run(string file, string dir, params string[] args)
    {
        var info = new ProcessStartInfo(file, args) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + stderr.Result);
    }

    private static bool Exists(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(d => File.Exists(Path.Combine(d, tool)));
}
