using System.Diagnostics;
using System.Globalization;
using Cosyn.Rendering;
using Cosyn.Rendering.Images;

namespace Cosyn.Bench;

/// <summary>
/// Where a one-shot <c>cosyn render</c> spends its time for the CLI tools, next to the plain tool on the same input:
/// process start (the CLI's <c>--help</c>), then in one process the sandbox probe plus first render, a warm render,
/// the layout measure inside it and post-processing. Medians of a few runs; the goal is within 0.5 s of the plain tool.
/// </summary>
internal static class RenderCostBench
{
    private const int Runs = 3;

    private static readonly Dictionary<string, string[][]> Plain = new(StringComparer.Ordinal)
    {
        [ToolNames.Svg] = [["rsvg-convert", "--format", "png", "--output", "out.png", "in.txt"]],
        [ToolNames.Graphviz] = [["dot", "-Tpng", "-Gdpi=144", "-o", "out.png", "in.txt"]],
        [ToolNames.Latex] = [["cp", "in.txt", "in.tex"], ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "in.tex"], ["pdftoppm", "-png", "-r", "216", "-singlefile", "in.pdf", "out"]],
    };

    public static async Task<int> RunAsync()
    {
        var cli = FindCli();
        var folder = Directory.CreateTempSubdirectory("cosyn-render-cost-").FullName;
        try
        {
            var start = Median(Enumerable.Range(0, Runs).Select(_ => Wall(folder, ["dotnet", cli, "--help"])));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CLI process start (dotnet cosyn.dll --help): {start:0} ms"));
            Console.WriteLine("tool      plain ms  one-shot ms  gap ms | first render ms (probe+render)  warm render ms  layout ms  post-process ms  encode ms  image");
            foreach (var (tool, code) in CliToolsBenchInputs.All.Where(i => Plain.ContainsKey(i.Tool)))
            {
                await File.WriteAllTextAsync(Path.Combine(folder, "in.txt"), code);
                var plain = Median(Enumerable.Range(0, Runs).Select(_ => Plain[tool].Sum(step => Wall(folder, step))));
                var oneShot = Median(Enumerable.Range(0, Runs).Select(_ => Wall(folder, ["dotnet", cli, "render", "-t", tool, "-i", "in.txt", "-o", "cosyn.png"])));
                var (first, warm, layout, post, encode, size) = await InProcessAsync(tool, code);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{tool,-9} {plain,8:0}  {oneShot,11:0}  {oneShot - plain,6:0} | {first,30:0}  {warm,14:0}  {layout,9:0}  {post,15:0}  {encode,9:0}  {size}"));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }

    private static async Task<(double First, double Warm, double Layout, double Post, double Encode, string Size)> InProcessAsync(string tool, string code)
    {
        await using var renderer = ToolRegistry.Find(tool)!.CreateRenderer(new RenderingSettings());
        var request = new RenderRequest(tool, code, new RenderOptions());
        var clock = Stopwatch.StartNew();
        var result = await renderer.RenderAsync(request, CancellationToken.None);
        var first = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        result = await renderer.RenderAsync(request, CancellationToken.None);
        var warm = clock.Elapsed.TotalMilliseconds;
        // First call in the process (what one-shot render pays: JIT, SkiaSharp load), then the PNG encode alone.
        clock.Restart();
        var processed = ImagePostProcessor.Process(result.Png ?? [], ImagePolicies.For(tool));
        var post = clock.Elapsed.TotalMilliseconds;
        using var bitmap = SkiaSharp.SKBitmap.Decode(processed.Png ?? result.Png);
        clock.Restart();
        using (bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100))
        {
        }

        return (first, warm, result.Layout?.MeasureTime.TotalMilliseconds ?? 0, post, clock.Elapsed.TotalMilliseconds, $"{bitmap.Width}x{bitmap.Height}");
    }
    private static double Wall(string folder, string[] command)
    {
        var clock = Stopwatch.StartNew();
        var info = new ProcessStartInfo(command[0], command[1..]) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    // The CLI the ./cosyn script runs, found from the repository root above the bench.
    private static string FindCli()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var dll = Path.Combine(dir.FullName, "artifacts", "bin", "Cosyn.Cli", "release", "cosyn.dll");
            if (File.Exists(dll))
            {
                return dll;
            }
        }

        throw new FileNotFoundException("build the CLI first: dotnet build src/Cosyn.Cli -c Release");
    }
}
