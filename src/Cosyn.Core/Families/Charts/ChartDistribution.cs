namespace Cosyn.Families.Charts;

/// <summary>
/// Raw observations behind a histogram (one group, binned at <see cref="BinEdges"/>) or a box plot (one group per category).
/// Box groups hold 4k+1 observations, so the median and both quartiles are observations themselves under every
/// common quartile rule (numpy's linear, d3's, Plotly's inclusive): the chart, the CSV and the answers agree exactly.
/// </summary>
/// <param name="Groups">Observations per category (box) or a single group (histogram), in data order.</param>
/// <param name="Subject">What one observation is, plural (e.g. <c>fish</c>).</param>
/// <param name="BinEdges">Histogram only: ascending bin edges; a bin holds values from its lower edge up to, not including, its upper edge.</param>
public sealed record ChartDistribution(IReadOnlyList<IReadOnlyList<double>> Groups, string Subject, IReadOnlyList<double>? BinEdges = null);
