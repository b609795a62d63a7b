using Cosyn.Catalog;
using Cosyn.Engine;
using Cosyn.Quality;
using Cosyn.Synthesis;

namespace Cosyn.Tests.Testing;

/// <summary>Base of the tests that run the real <see cref="RunEngine"/> (fixed personas, system clock) into folders of a fresh temp folder.</summary>
public abstract class EngineRunTests : TempFolderTests
{
    private protected static readonly PipelineDefinition ChartMatplotlib = PipelineCatalog.Find("chart-matplotlib")!;
    private protected static readonly PipelineDefinition TableMatplotlib = PipelineCatalog.Find("table-matplotlib")!;

    /// <summary>Runs <paramref name="options"/> through the engine with <paramref name="synthesizer"/> and <paramref name="renderers"/>.</summary>
    private protected static Task<RunResult> RunEngineAsync(ISynthesizer synthesizer, IRendererRegistry renderers, RunOptions options, CancellationToken stop = default) =>
        new RunEngine(synthesizer, renderers, TimeProvider.System).RunAsync(options, new FixedPersonas(), new RunProgress(), stop);

    /// <summary>Options for <paramref name="count"/> chart-matplotlib samples into <paramref name="folder"/>; near-duplicate and quality settings as the engine's defaults unless given.</summary>
    private protected RunOptions Options(string folder, int count, int concurrency = 4, long seed = 7, bool keepNearDuplicates = false, QualityChecker? gate = null, bool keepRejected = false) => new()
    {
        Pipelines = [ChartMatplotlib],
        Count = count,
        OutputFolder = Temp.Sub(folder),
        Seed = seed,
        Concurrency = concurrency,
        KeepNearDuplicates = keepNearDuplicates,
        QualityGate = gate,
        KeepRejected = keepRejected,
    };

    /// <summary>The samples the run in <paramref name="folder"/> wrote, one JSON line each.</summary>
    private protected List<string> Lines(string folder) => [.. File.ReadAllLines(Path.Combine(Temp.Sub(folder), "samples.jsonl"))];
}
