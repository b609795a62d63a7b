using System.Diagnostics;
using Cosyn.Tests.Families.Charts.Writers.Latex;

namespace Cosyn.Tests.Families.Mathematics;

/// <summary>Generated problems and figures render with the real tools, and the given values are visible in the output text.</summary>
public sealed class MathRenderTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in new[] { "algebra", "arithmetic word problem", "geometry", "probability", "calculus" })
        {
            data.Add("math-latex", type);
        }

        foreach (var type in new[] { "triangle", "circle", "polygon", "coordinate plane", "solid" })
        {
            data.Add("graphic-asymptote", type);
        }

        foreach (var type in new[] { "geometry problem", "infographic", "icon with labels", "map" })
        {
            data.Add("graphic-svg", type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_ShowsEveryGivenValue(string pipeline, string figureType)
    {
        var sample = MathSamples.Make(pipeline, 11, figureType);
        var root = JsonDocument.Parse(sample.Data.Text).RootElement;
        var givens = VisibleValues(root)
            .Where(v => !v.Contains('/', StringComparison.Ordinal) && v is not "1" and not "-1").ToList(); // a unit coefficient is written as plain x
        var text = pipeline switch
        {
            "math-latex" => Latex(sample.Code),
            "graphic-asymptote" => Asymptote(sample.Code),
            _ => Svg(sample.Code),
        };
        Assert.NotNull(text);

        var normalized = text.Replace('\u2212', '-').Replace(" ", string.Empty, StringComparison.Ordinal);
        var missing = givens.Where(v => !normalized.Contains(v.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"not visible: {string.Join(", ", missing)}\n{text}");
    }

    // Math data lists givens; infographics and icon panels list stats; maps list places and road lengths.
    private static IEnumerable<string> VisibleValues(JsonElement root) =>
        root.TryGetProperty("given", out var given) ? given.EnumerateArray().Select(g => g.GetProperty("value").GetString()!)
        : root.TryGetProperty("stats", out var stats) ? stats.EnumerateArray().SelectMany(s => new[] { s.GetProperty("label").GetString()!, s.GetProperty("value").GetDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture) })
        : root.GetProperty("places").EnumerateArray().Select(p => p.GetProperty("name").GetString()!)
            .Concat(root.GetProperty("roads").EnumerateArray().Select(r => r.GetProperty("km").GetDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture) + " km"));

    private static string? Latex(string code)
    {
        RequiredTool.Check("pdflatex", "pdftotext");

        var (text, error) = PdfLatex.CompileToText(code, Path.Combine(Path.GetTempPath(), "cosyn-math-" + Guid.NewGuid().ToString("N")));
        Assert.True(error is null, error);
        return text;
    }

    private static string? Asymptote(string code)
    {
        RequiredTool.Check("/usr/bin/asy", "pdftotext");

        var dir = Directory.CreateTempSubdirectory("cosyn-asy-").FullName;
        File.WriteAllText(Path.Combine(dir, "figure.asy"), code);
        Run("asy", dir, "-safe", "-noV", "-f", "pdf", "-render=0", "-o", "figure", "figure.asy");
        Assert.True(File.Exists(Path.Combine(dir, "figure.pdf")), "asy produced no PDF");
        return Run("pdftotext", dir, "figure.pdf", "-");
    }

    private static string? Svg(string code)
    {
        RequiredTool.Check("/usr/bin/rsvg-convert");

        var dir = Directory.CreateTempSubdirectory("cosyn-svg-").FullName;
        File.WriteAllText(Path.Combine(dir, "figure.svg"), code);
        Run("rsvg-convert", dir, "-o", "figure.png", "figure.svg");
        Assert.True(new FileInfo(Path.Combine(dir, "figure.png")).Length > 1000, "rsvg-convert produced no image");

        // The visible text is the SVG's text elements (rsvg draws them; the XML is the ground truth for what they say).
        return string.Join(" ", System.Xml.Linq.XDocument.Parse(code).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
    }

    private static string Run(string tool, string dir, params string[] args)
    {
        var info = new ProcessStartInfo(tool, args) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit(120_000);
        return output + stderr.Result;
    }
}
