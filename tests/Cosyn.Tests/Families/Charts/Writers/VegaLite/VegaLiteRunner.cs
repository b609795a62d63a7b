using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

namespace Cosyn.Tests.Families.Charts.Writers.VegaLite;

/// <summary>Compiles and renders generated Vega-Lite specs to SVG with the pinned vega + vega-lite (one node process per batch).</summary>
internal static partial class VegaLiteRunner
{
    /// <summary>One spec's outcome: the SVG's text runs and compiler warnings, or the error.</summary>
    public sealed record Result(IReadOnlyList<string>? Texts, IReadOnlyList<string> Warnings, string? Error);

    /// <summary>tools/node/render-vegalite.mjs of this checkout, or null when the repo or its node_modules are missing.</summary>
    public static string? Script
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var script = Path.Combine(dir.FullName, "tools", "node", "render-vegalite.mjs");
                if (File.Exists(script) && Directory.Exists(Path.Combine(dir.FullName, "tools", "node", "node_modules", "vega-lite")))
                {
                    return script;
                }
            }

            return null;
        }
    }

    public static IReadOnlyList<Result> RenderAll(IReadOnlyList<string> specs)
    {
        var work = Directory.CreateTempSubdirectory("cosyn-vegalite-");
        try
        {
            var jobFile = Path.Combine(work.FullName, "specs.json");
            File.WriteAllText(jobFile, "[" + string.Join(",", specs) + "]");
            var start = new ProcessStartInfo("node", [Script!, jobFile]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, "vega-lite renderer failed: " + stderr.Result);
            return [.. JsonNode.Parse(stdout)!.AsArray().Select(r => r!["svg"] is { } svg
                ? new Result(Texts(svg.GetValue<string>()), [.. r["warnings"]!.AsArray().Select(w => w!.GetValue<string>())], null)
                : new Result(null, [], r["error"]!.GetValue<string>()))];
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    // Each <text> element's content, tspans (multi-line titles) joined by spaces, entities decoded.
    private static List<string> Texts(string svg) =>
        [.. TextElement().Matches(svg).Select(m => WebUtility.HtmlDecode(Tag().Replace(m.Groups[1].Value, " ")).Trim())];

    [GeneratedRegex("<text[^>]*>(.*?)</text>", RegexOptions.Singleline)]
    private static partial Regex TextElement();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
