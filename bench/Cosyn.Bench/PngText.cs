using System.Buffers.Binary;
using System.Text;

namespace Cosyn.Bench;

/// <summary>Inserts a tEXt chunk before a PNG's IEND, making each copy of one picture a distinct, still valid file.</summary>
internal static class PngText
{
    private static readonly uint[] Table = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++)
        {
            c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }

        return c;
    }).ToArray();

    public static byte[] Tag(byte[] png, string text)
    {
        var body = Encoding.Latin1.GetBytes("tEXtComment\0" + text);
        var chunk = new byte[body.Length + 8];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)(body.Length - 4));
        body.CopyTo(chunk, 4);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(chunk.Length - 4), Crc(body));
        const int IendLength = 12;
        return [.. png.AsSpan(0, png.Length - IendLength), .. chunk, .. png.AsSpan(png.Length - IendLength)];
    }

    private static uint Crc(byte[] bytes)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            c = Table[(c ^ b) & 0xFF] ^ (c >> 8);
        }

        return c ^ 0xFFFFFFFFu;
    }
}
