using Cosyn.Output.Runs;

namespace Cosyn.Output.Export.Hf;

/// <summary>
/// The Hugging Face layout: <c>data/CONFIG/SPLIT-NNNNN-of-MMMMM.parquet</c> in the CoSyn-400K schema, the card as
/// <c>README.md</c> and a few example images beside it. Two streaming passes: one plans the splits from the ids,
/// one writes the rows.
/// </summary>
public sealed class HfExporter : IDatasetExporter
{
    /// <summary>Example images in the card: one per config, at most this many.</summary>
    public const int MaxExamples = 6;

    public const string ExamplesFolder = "examples";

    public async Task ExportAsync(ExportInput input, ExportOptions options, ExportResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(result);
        var plan = SplitPlan.Build(input.Candidates().Where(c => c.Sample is not null).Select(c => (c.Config, c.Sample!.Id)), options.ValidationFraction);
        var sinks = new SortedDictionary<string, (string Config, string Split, bool Pointing, IParquetShardSink Sink)>(StringComparer.Ordinal);
        var tally = new SampleTally();
        var examples = new List<DatasetCardExample>();
        foreach (var candidate in input.Candidates())
        {
            if (candidate.Skipped is { } skipped)
            {
                result.Skipped.Add(skipped);
                continue;
            }

            var sample = candidate.Sample!;
            var (png, problem) = ExportImage.Read(candidate.ImagePath!);
            if (png is null)
            {
                result.Skipped.Add(new SkippedSample(sample.Id, candidate.Run, problem!));
                continue;
            }

            var split = plan.SplitOf(candidate.Config, sample.Id);
            var key = candidate.Config + "/" + split;
            if (!sinks.TryGetValue(key, out var entry))
            {
                entry = (candidate.Config, split, sample.Questions is not null, CreateSink(options, candidate.Config, split, sample.Questions is not null));
                sinks[key] = entry;
            }

            var (row, bytes) = HfRowFactory.Create(sample, png);
            await entry.Sink.AddAsync(row, bytes, cancellationToken).ConfigureAwait(false);
            tally.Add(sample, candidate.Config);
            result.Exported++;
            if (examples.Count < MaxExamples && examples.All(e => e.Config != candidate.Config))
            {
                examples.Add(CopyExample(options.Output, candidate.Config, sample, png));
                result.Files.Add(examples[^1].File);
            }
        }

        var splits = new List<HfSplitInfo>();
        foreach (var (config, split, pointing, sink) in sinks.Values)
        {
            var files = await sink.CompleteAsync(cancellationToken).ConfigureAwait(false);
            splits.Add(new HfSplitInfo(config, split, sink.Rows, sink.RowBytes, files.Sum(f => new FileInfo(f).Length), pointing));
            result.Files.AddRange(files.Select(f => Path.GetRelativePath(options.Output, f).Replace('\\', '/')));
            if (!result.Splits.TryGetValue(config, out var perSplit))
            {
                result.Splits[config] = perSplit = new SortedDictionary<string, int>(StringComparer.Ordinal);
            }

            perSplit[split] = sink.Rows;
        }

        var card = DatasetCardWriter.Build(new DatasetCardInput(
            splits,
            tally,
            [.. input.Runs.Select(RunProvenance.Of)],
            [.. input.Runs.Where(r => r.Stats is not null).Select(r => (Path.GetFileName(r.Path), r.Stats!))],
            examples,
            result.Skipped.Count,
            options.CommandLine));
        await File.WriteAllTextAsync(Path.Combine(options.Output, "README.md"), card, cancellationToken).ConfigureAwait(false);
        result.Files.Add("README.md");
    }

    private static IParquetShardSink CreateSink(ExportOptions options, string config, string split, bool pointing)
    {
        var folder = Path.Combine(options.Output, "data", config);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { [HfSchema.MetadataKey] = HfSchema.MetadataJson(pointing) };
        return pointing
            ? new ParquetShardWriter<HfPointRow>(folder, split, options.MaxShardBytes, metadata)
            : new ParquetShardWriter<HfRow>(folder, split, options.MaxShardBytes, metadata);
    }

    private static DatasetCardExample CopyExample(string output, string config, Model.Sample sample, byte[] png)
    {
        var relative = $"{ExamplesFolder}/{sample.Id}.png";
        Directory.CreateDirectory(Path.Combine(output, ExamplesFolder));
        File.WriteAllBytes(Path.Combine(output, relative), png);
        var first = sample.QaPairs.Count > 0 ? sample.QaPairs[0] : null;
        var question = first?.Question ?? (sample.Questions is { Count: > 0 } q ? q[0] : null);
        var answer = first?.Answer ?? (sample.AnswerPoints is { Count: > 0 } a
            ? string.Join("; ", a[0].Select(p => FormattableString.Invariant($"({p.X}, {p.Y})")))
            : null);
        return new DatasetCardExample(config, sample.Id, sample.Metadata.FigureType, relative, question, answer);
    }
}
