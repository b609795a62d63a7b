using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Images;

namespace Cosyn.Bench;

/// <summary>
/// Where a one-shot <c>./cosyn render</c> spends its time for the CLI tools, next to the plain tool on the same input at
/// the same DPI: process start (the CLI's <c>--help</c>, bare and through the wrapper), then in one process the sandbox
/// probe plus first render, a warm render, post-processing at first call and warm, and the layout measure a run adds.
/// Medians of a few runs; the goal is within 0.5 s of the plain tool.
/// </summary>
internal static class RenderCostBench
{
    private const int Runs = 3;

    private static readonly CliToolsSettings Settings = new RenderingSettings().CliTools;

    // The plain tool at the DPI cosyn renders with (the same pixels to draw and encode): the tool's DPI times the scale.
    private static readonly Dictionary<string, string[][]> Plain = new(StringComparer.Ordinal)
    {
        // The input has no width of its own: cosyn gives it the request's width in CSS pixels at the tool's zoom.
        [ToolNames.Svg] = [["rsvg-convert", "--width", Invariant($"{new RenderOptions().Width * Dpi(Settings.Svg) / 96}"), "--keep-aspect-ratio", "--format", "png", "--output", "out.png", "in.txt"]],
        [ToolNames.Graphviz] = [["dot", "-Tpng", Invariant($"-Gdpi={Dpi(Settings.Graphviz)}"), "-o", "out.png", "in.txt"]],
        [ToolNames.Latex] = [["cp", "in.txt", "in.tex"], ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "in.tex"], ["pdftoppm", "-png", "-r", Invariant($"{Dpi(Settings.Latex)}"), "-singlefile", "in.pdf", "out"]],
    };

    public static async Task<int> RunAsync()
    {
        var cli = FindCli();
        var wrapper = Path.Combine(Path.GetDirectoryName(cli)!, "..", "..", "..", "..", "cosyn");
        var folder = Directory.CreateTempSubdirectory("cosyn-render-cost-").FullName;
        try
        {
            Wall(folder, [wrapper, "--help"]); // the wrapper rebuilds the CLI first when its sources changed: not measured
            var start = Median(Enumerable.Range(0, Runs).Select(_ => Wall(folder, ["dotnet", cli, "--help"])));
            var wrapped = Median(Enumerable.Range(0, Runs).Select(_ => Wall(folder, [wrapper, "--help"])));
            Console.WriteLine(Invariant($"CLI process start (dotnet cosyn.dll --help): {start:0} ms; through the ./cosyn wrapper (bootstrap and build checks): {wrapped:0} ms"));
            Console.WriteLine("plain: the tool alone at cosyn's DPI; one-shot: ./cosyn render (through the wrapper); in one process, as one-shot renders (no layout facts):");
            Console.WriteLine("tool      plain ms  one-shot ms  gap ms | probe+first render ms  warm render ms  post first ms  post warm ms  encode ms  layout ms (not in one-shot)  image");
            foreach (var (tool, code) in CliToolsBenchInputs.All.Where(i => Plain.ContainsKey(i.Tool)))
            {
                await File.WriteAllTextAsync(Path.Combine(folder, "in.txt"), code);
                var plain = Median(Enumerable.Range(0, Runs).Select(_ => Plain[tool].Sum(step => Wall(folder, step))));
                var oneShot = Median(Enumerable.Range(0, Runs).Select(_ => Wall(folder, [wrapper, "render", "-t", tool, "-i", "in.txt", "-o", "cosyn.png"])));
                var cost = await InProcessAsync(tool, code);
                Console.WriteLine(Invariant(
                    $"{tool,-9} {plain,8:0}  {oneShot,11:0}  {oneShot - plain,6:0} | {cost.First,21:0}  {cost.Warm,14:0}  {cost.PostFirst,13:0}  {cost.PostWarm,12:0}  {cost.Encode,9:0}  {cost.Layout,27:0}  {cost.Size}"));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        Console.WriteLine("(post first - post warm is the first call's JIT and SkiaSharp load; the gap is what the CLI adds to the plain tool, goal <= 500 ms)");
        return 0;
    }

    private static async Task<InProcessCost> InProcessAsync(string tool, string code)
    {
        await using var renderer = ToolRegistry.Find(tool)!.CreateRenderer(new RenderingSettings());
        var request = new RenderRequest(tool, code, new RenderOptions { MeasureLayout = false });
        var clock = Stopwatch.StartNew();
        var result = await renderer.RenderAsync(request, CancellationToken.None);
        var first = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        result = await renderer.RenderAsync(request, CancellationToken.None);
        var warm = clock.Elapsed.TotalMilliseconds;
        var measured = await renderer.RenderAsync(request with { Options = new RenderOptions() }, CancellationToken.None);

        // The first call in the process pays what one-shot render pays (JIT, SkiaSharp load); the second is the work alone.
        var policy = ImagePolicies.For(tool);
        clock.Restart();
        var processed = ImagePostProcessor.Process(result.Png ?? [], policy);
        var postFirst = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        ImagePostProcessor.Process(result.Png ?? [], policy);
        var postWarm = clock.Elapsed.TotalMilliseconds;
        using var bitmap = SkiaSharp.SKBitmap.Decode(processed.Png ?? result.Png);
        clock.Restart();
        using (bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100))
        {
        }

        return new InProcessCost(first, warm, postFirst, postWarm, clock.Elapsed.TotalMilliseconds, measured.Layout?.MeasureTime.TotalMilliseconds ?? 0, $"{bitmap.Width}x{bitmap.Height}");
    }

    private static int Dpi(CliToolOptions tool) => (int)Math.Round(tool.Dpi * new RenderOptions().Scale);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

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
