namespace Cosyn.Output.Export.Hf;

/// <summary>One written split of one config, as the card describes it.</summary>
public sealed record HfSplitInfo(string Config, string Split, int Rows, long RowBytes, long FileBytes, bool Pointing);
