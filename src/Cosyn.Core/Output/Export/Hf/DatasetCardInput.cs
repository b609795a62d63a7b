using Cosyn.Output.Runs;

namespace Cosyn.Output.Export.Hf;

/// <summary>Everything the dataset card says: the splits written, the counts, the runs' provenance and rates, the examples.</summary>
public sealed record DatasetCardInput(
    IReadOnlyList<HfSplitInfo> Splits,
    SampleTally Tally,
    IReadOnlyList<RunProvenance> Runs,
    IReadOnlyList<(string Run, RunStats Stats)> Rates,
    IReadOnlyList<DatasetCardExample> Examples,
    int Skipped,
    string? ExportCommand);
