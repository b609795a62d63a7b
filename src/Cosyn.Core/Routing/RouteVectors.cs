using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Cosyn.Routing;

/// <summary>
/// Description vectors computed ahead of time and shipped as the embedded <c>RouteVectors.bin</c>: embedding the 400+
/// description texts takes seconds, reading them takes milliseconds. The file is keyed by a SHA-256 of the embedder's
/// identity and every text, so edited descriptions or another model are never served stale vectors.
/// Layout: the 32-byte key, the vector count and length (int32), then the vectors (float32), all little-endian.
/// </summary>
public static class RouteVectors
{
    /// <summary>Where the file sits in the source tree, for the bench that rewrites it.</summary>
    public const string SourcePath = "src/Cosyn.Core/Routing/RouteVectors.bin";

    private const string Resource = "Cosyn.Routing.RouteVectors.bin";

    /// <summary>The key vectors of <paramref name="texts"/> by <paramref name="embedder"/> are stored under.</summary>
    public static byte[] Key(ISentenceEmbedder embedder, IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(texts);
        return SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', [embedder.Identity, .. texts])));
    }

    /// <summary>The shipped vectors when they were made from exactly these texts by this embedder; null otherwise.</summary>
    public static float[][]? Shipped(ISentenceEmbedder embedder, IReadOnlyList<string> texts)
    {
        using var stream = typeof(RouteVectors).Assembly.GetManifestResourceStream(Resource);
        return stream is null ? null : Read(stream, Key(embedder, texts));
    }

    /// <summary>The vectors in <paramref name="stream"/> when it carries <paramref name="key"/>; null otherwise.</summary>
    public static float[][]? Read(Stream stream, byte[] key)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(key);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (!reader.ReadBytes(key.Length).AsSpan().SequenceEqual(key))
        {
            return null;
        }

        var (count, length) = (reader.ReadInt32(), reader.ReadInt32());
        var bytes = reader.ReadBytes(count * length * sizeof(float));
        if (bytes.Length != count * length * sizeof(float))
        {
            return null;
        }

        var vectors = new float[count][];
        for (var v = 0; v < count; v++)
        {
            vectors[v] = new float[length];
            for (var d = 0; d < length; d++)
            {
                vectors[v][d] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(((v * length) + d) * sizeof(float)));
            }
        }

        return vectors;
    }

    /// <summary>Writes <paramref name="vectors"/> under <paramref name="key"/> in the shipped layout.</summary>
    public static void Write(Stream stream, byte[] key, IReadOnlyList<float[]> vectors)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(vectors);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(key);
        writer.Write(vectors.Count);
        writer.Write(vectors.Count == 0 ? 0 : vectors[0].Length);
        foreach (var value in vectors.SelectMany(v => v))
        {
            writer.Write(value);
        }
    }
}
