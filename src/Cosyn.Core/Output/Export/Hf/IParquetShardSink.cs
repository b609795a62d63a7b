namespace Cosyn.Output.Export.Hf;

/// <summary>One split's shard writer, whatever its row class.</summary>
public interface IParquetShardSink
{
    int Rows { get; }

    long RowBytes { get; }

    Task AddAsync(HfRow row, long bytes, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> CompleteAsync(CancellationToken cancellationToken);
}
