using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Lilypond;

namespace Cosyn.Bench;

/// <summary>
/// The same generated music-lilypond scores rendered one process per score, batched the way before (4 per process,
/// LilyPond converting each score itself) and batched now (one process, one gs for all), in one run with the PNGs
/// compared; then where the time of one LilyPond process goes, read from its timestamped log.
/// </summary>
internal static class LilypondBench
{
    public static async Task<int> RunAsync(int scores)
    {
        var codes = BenchSamples.Codes("music-lilypond", scores);
        var options = new CliToolOptions { Concurrency = 1 };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{scores} music-lilypond scores started together, sandboxed, LilyPond concurrency 1 (raw renders with layout facts); {Environment.ProcessorCount} cores"));
        Console.WriteLine("way                                        wall s   renders/s   speed-up   PNG differs   failures");
        var ways = new (string Label, LilypondBatchOptions Batching)[]
        {
            ("one process per score", LilypondBatchOptions.Disabled),
            ("batched before (4 per process, lily's gs)", new LilypondBatchOptions { MaxJobs = 4, ConvertTogether = false }),
            ($"batched ({scores} per process, one gs)", new LilypondBatchOptions { MaxJobs = scores }),
        };
        byte[]?[]? reference = null;
        double? baseline = null;
        var failures = 0;
        foreach (var (label, batching) in ways)
        {
            await using var renderer = new LilypondRenderer(options, batching);
            var clock = Stopwatch.StartNew();
            var results = await Task.WhenAll(codes.Select(c => renderer.RenderAsync(new RenderRequest(ToolNames.Lilypond, c, new RenderOptions { Timeout = TimeSpan.FromSeconds(120) }), CancellationToken.None)));
            // Wall time only: the sandboxed tools' CPU does not reach this process's rusage (bwrap's namespace reaps them).
            var wall = clock.Elapsed.TotalSeconds;
            reference ??= [.. results.Select(r => r.Png)];
            baseline ??= wall;
            var differs = results.Select((r, i) => r.Png is { } png && reference[i] is { } other && png.AsSpan().SequenceEqual(other) ? 0 : 1).Sum();
            var failed = results.Count(r => !r.Succeeded);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label,-42} {wall,6:0.0}   {scores / wall,9:0.00}   {baseline.Value / wall,8:0.00}x   {differs,11}   {failed,8}   ({renderer.SharedProcesses} shared processes, {renderer.Fallbacks} fallbacks)"));
            failures += failed + differs;
        }

        await BreakdownAsync(codes);
        return failures == 0 ? 0 : 1;
    }

    // One unsandboxed lilypond --verbose over every score, LilyPond converting (the per-score way's work, start-up
    // paid once), then the same scores as EPS only plus one gs: phases timed from when each log line arrives.
    private static async Task BreakdownAsync(IReadOnlyList<string> codes)
    {
        var dir = Directory.CreateTempSubdirectory("cosyn-bench-lily-").FullName;
        try
        {
            var files = codes.Select((c, i) => (Name: $"s{i}", Code: c)).ToList();
            foreach (var (name, code) in files)
            {
                await File.WriteAllTextAsync(Path.Combine(dir, name + ".ly"), code);
            }

            string[] common = ["--verbose", "-dresolution=200", "-dcrop", "-dno-print-pages", "-dpaper-size=\"a5\""];
            var phases = await TimedLogAsync(dir, "lilypond", [.. common, "--png", "--pdf", .. files.Select(f => f.Name + ".ly")]);
            Console.WriteLine();
            Console.WriteLine("where the time goes, one unsandboxed process over all scores (wall s; the machine's load is in both):");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  Guile + LilyPond start-up (once per process)    {phases.Startup,6:0.00}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  typesetting per score (parse to page layout)    {phases.Typeset / codes.Count,6:0.00}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  crop + cropped EPS output per score             {phases.Crop / codes.Count,6:0.00}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  PDF conversion per score (one gs each)          {phases.Pdf / codes.Count,6:0.00}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  PNG conversion per score (one gs each)          {phases.Png / codes.Count,6:0.00}"));

            var before = files.Select(f => File.ReadAllBytes(Path.Combine(dir, f.Name + ".cropped.png"))).ToList();
            var eps = await TimedLogAsync(dir, "lilypond", [.. common, .. LilypondConversion.EpsOnlyFlags, .. files.Select(f => f.Name + ".ly")]);
            var script = Path.Combine(dir, "convert.ps");
            await File.WriteAllTextAsync(script, LilypondConversion.Script(dir, files.Select(f => f.Name), 200));
            var gs = Stopwatch.StartNew();
            var converted = await TimedLogAsync(dir, "gs", LilypondConversion.GhostscriptArguments(dir, script));
            var differs = files.Where((f, i) => !File.ReadAllBytes(Path.Combine(dir, f.Name + ".cropped.png")).AsSpan().SequenceEqual(before[i])).Count();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  now: EPS only, per score (typeset + crop)       {(eps.Typeset + eps.Crop) / codes.Count,6:0.00}   (start-up {eps.Startup:0.00})"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  now: one gs for all, PDF + PNG per score        {gs.Elapsed.TotalSeconds / codes.Count,6:0.00}   (exit {converted.ExitCode}, {differs} PNGs differ from LilyPond's own)"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<LogPhases> TimedLogAsync(string dir, string program, IReadOnlyList<string> arguments)
    {
        var info = new ProcessStartInfo(program) { WorkingDirectory = dir, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var phases = new LogPhases();
        string? phase = "startup";
        var since = 0.0;
        while (await process.StandardError.ReadLineAsync() is { } line)
        {
            var now = clock.Elapsed.TotalSeconds;
            var next = line switch
            {
                _ when line.StartsWith("Processing `", StringComparison.Ordinal) => "typeset",
                _ when line.StartsWith("Drawing systems", StringComparison.Ordinal) => "crop",
                _ when line.StartsWith("Converting to `", StringComparison.Ordinal) => "pdf",
                _ when line.StartsWith("Converting to PNG", StringComparison.Ordinal) => "png",
                _ when line.StartsWith("Success", StringComparison.Ordinal) => null,
                _ => phase,
            };
            if (next != phase)
            {
                phases.Add(phase, now - since);
                (phase, since) = (next, now);
            }
        }

        await process.WaitForExitAsync();
        await stdout;
        phases.Add(phase, clock.Elapsed.TotalSeconds - since);
        phases.ExitCode = process.ExitCode;
        return phases;
    }

    /// <summary>Seconds per phase of one LilyPond log.</summary>
    private sealed class LogPhases
    {
        public double Startup { get; private set; }

        public double Typeset { get; private set; }

        public double Crop { get; private set; }

        public double Pdf { get; private set; }

        public double Png { get; private set; }

        public int ExitCode { get; set; }

        public void Add(string? phase, double seconds)
        {
            switch (phase)
            {
                case "startup": Startup += seconds; break;
                case "typeset": Typeset += seconds; break;
                case "crop": Crop += seconds; break;
                case "pdf": Pdf += seconds; break;
                case "png": Png += seconds; break;
            }
        }
    }
}
