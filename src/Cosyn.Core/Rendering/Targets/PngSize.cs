using System.Buffers.Binary;

namespace Cosyn.Rendering.Targets;

/// <summary>Reads a PNG's pixel size from its IHDR header without decoding the image.</summary>
public static class PngSize
{
    public static (int Width, int Height) Read(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        if (png.Length < 24)
        {
            throw new ArgumentException("not a PNG: too short", nameof(png));
        }

        // 8-byte signature, 4-byte chunk length, "IHDR", then big-endian width and height.
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }
}
