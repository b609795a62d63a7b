using System.Globalization;
using Parquet;
using Parquet.Serialization;

namespace Cosyn.Output.Export.Hf;

/// <summary>
/// Writes one split of one config as Parquet shards of at most a given size, a row group at a time, so memory holds
/// one row group, not the split. Shards get their final <c>split-NNNNN-of-MMMMM</c> names when the split is complete.
/// </summary>
/// <typeparam name="T">The row class (<see cref="HfRow"/> or <see cref="HfPointRow"/>).</typeparam>
public sealed class ParquetShardWriter<T> : IParquetShardSink
    where T : HfRow
{
    /// <summary>Rows per row group: what <c>datasets</c> itself uses for image datasets, so streaming reads stay small.</summary>
    public const int RowGroupRows = 100;

    /// <summary>A row group is also closed at this many bytes (about 50 chart PNGs), which bounds memory per open split.</summary>
    public const long RowGroupBytes = 4L * 1024 * 1024;

    private readonly string _folder;
    private readonly string _split;
    private readonly long _maxShardBytes;
    private readonly IReadOnlyDictionary<string, string> _metadata;
    // PNG bytes do not compress, so zstd's default "smallest size" level only burns CPU; the text columns still shrink well.
    // The stream pools are capped: Parquet.Net's default keeps every freed buffer, which grows RSS with the export.
    private readonly ParquetOptions _options = new()
    {
        CompressionMethod = CompressionMethod.Zstd,
        CompressionLevel = System.IO.Compression.CompressionLevel.Fastest,
        MaximumSmallPoolFreeBytes = 4 * 1024 * 1024,
        MaximumLargePoolFreeBytes = 16 * 1024 * 1024,
    };
    private readonly List<string> _shards = [];
    private readonly List<T> _buffer = [];
    private long _bufferedBytes;
    private long _shardBytes;

    public ParquetShardWriter(string folder, string split, long maxShardBytes, IReadOnlyDictionary<string, string> metadata)
    {
        _folder = folder;
        _split = split;
        _maxShardBytes = maxShardBytes;
        _metadata = metadata;
        Directory.CreateDirectory(folder);
    }

    public int Rows { get; private set; }

    /// <summary>Uncompressed size of the rows (the card's <c>num_bytes</c>).</summary>
    public long RowBytes { get; private set; }

    /// <summary>Adds a row of about <paramref name="bytes"/> bytes; starts a new shard first when this one would grow past the limit.</summary>
    public async Task AddAsync(HfRow row, long bytes, CancellationToken cancellationToken)
    {
        var typed = row as T ?? throw new ArgumentException($"a {typeof(T).Name} is needed in this split", nameof(row));
        if (_shardBytes + _bufferedBytes + bytes > _maxShardBytes && _shardBytes + _bufferedBytes > 0)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
            _shards.Add(CurrentPath);
            _shardBytes = 0;
        }

        _buffer.Add(typed);
        _bufferedBytes += bytes;
        Rows++;
        RowBytes += bytes;
        if (_buffer.Count >= RowGroupRows || _bufferedBytes >= RowGroupBytes)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes what is buffered and renames the shards to their final names; returns their paths.</summary>
    public async Task<IReadOnlyList<string>> CompleteAsync(CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        if (_shardBytes > 0)
        {
            _shards.Add(CurrentPath);
        }

        var final = new List<string>();
        for (var i = 0; i < _shards.Count; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{_split}-{i:D5}-of-{_shards.Count:D5}.parquet");
            var path = Path.Combine(_folder, name);
            File.Move(_shards[i], path, overwrite: true);
            final.Add(path);
        }

        return final;
    }

    // Until the shard count is known the file has a name no data_files pattern matches.
    private string CurrentPath => Path.Combine(_folder, string.Create(CultureInfo.InvariantCulture, $".{_split}-{_shards.Count:D5}.partial"));

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_buffer.Count == 0)
        {
            return;
        }

        _options.Append = _shardBytes > 0;
        await using (var stream = new FileStream(CurrentPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            await ParquetSerializer.SerializeAsync(_buffer, stream, _options, _metadata, cancellationToken).ConfigureAwait(false);
            _shardBytes = stream.Length;
        }

        _buffer.Clear();
        _bufferedBytes = 0;
    }
}
