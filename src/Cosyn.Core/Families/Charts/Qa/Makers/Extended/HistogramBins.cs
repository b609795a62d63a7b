using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers.Extended;

/// <summary>A histogram's bins as questions name them: edges, counts, labels ("20–25") and labels with the unit ("20–25 cm").</summary>
internal sealed class HistogramBins
{
    public HistogramBins(ChartFacts facts)
    {
        var spec = facts.Spec;
        Edges = [.. spec.Distribution!.BinEdges!.Select(QaNumber.Exact)];
        Counts = [.. spec.Series[0].Values.Select(v => (int)v!.Value)];
        Labels = spec.Categories;
        Subject = spec.Distribution.Subject;
        Unit = spec.Measure.Unit;
    }

    public decimal[] Edges { get; }

    public int[] Counts { get; }

    public IReadOnlyList<string> Labels { get; }

    public string Subject { get; }

    public string Unit { get; }

    public int Total => Counts.Sum();

    /// <summary>" cm" or empty.</summary>
    public string UnitSuffix => Unit.Length == 0 ? string.Empty : " " + Unit;

    public string WithUnit(int bin) => Labels[bin] + UnitSuffix;

    /// <summary>"20–25: 4, 25–30: 9, ..." for explanations.</summary>
    public string Listing(IEnumerable<int> bins) => string.Join(", ", bins.Select(b => $"{Labels[b]}: {Counts[b]}"));
}
