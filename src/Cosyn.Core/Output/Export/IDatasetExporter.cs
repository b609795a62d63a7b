namespace Cosyn.Output.Export;

/// <summary>Writes the samples of <see cref="ExportInput"/> into an empty output folder in one format.</summary>
public interface IDatasetExporter
{
    Task ExportAsync(ExportInput input, ExportOptions options, ExportResult result, CancellationToken cancellationToken);
}
