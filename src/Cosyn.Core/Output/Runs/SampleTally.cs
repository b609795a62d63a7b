using Cosyn.Model;
using Cosyn.Output.Export;

namespace Cosyn.Output.Runs;

/// <summary>Counts of written samples per config, pipeline, figure type and QA kind; shared by the dataset card and the report.</summary>
public sealed class SampleTally
{
    public int Samples { get; private set; }

    public int QaPairs { get; private set; }

    public SortedDictionary<string, int> Configs { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> Pipelines { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> FigureTypes { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> QaTypes { get; } = new(StringComparer.Ordinal);

    public void Add(Sample sample, string config)
    {
        ArgumentNullException.ThrowIfNull(sample);
        Samples++;
        Bump(Configs, config);
        Bump(Pipelines, sample.Metadata.Pipeline);
        Bump(FigureTypes, sample.Metadata.FigureType);
        foreach (var pair in sample.QaPairs)
        {
            QaPairs++;
            Bump(QaTypes, QaTypeClassifier.Classify(pair));
        }

        for (var i = 0; i < (sample.Questions?.Count ?? 0); i++)
        {
            QaPairs++;
            Bump(QaTypes, QaType.Pointing);
        }
    }

    private static void Bump(SortedDictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
