namespace Cosyn.Output.Export;

/// <summary>A cheap integrity check of a PNG file: the signature at the start and the IEND chunk at the end (a truncated copy has none).</summary>
public static class PngCheck
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] End = [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];

    /// <summary>Null for a whole PNG, else why it is not one.</summary>
    public static string? Problem(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < Signature.Length + 12 || !bytes[..Signature.Length].SequenceEqual(Signature))
        {
            return "not a PNG";
        }

        return bytes[^End.Length..].SequenceEqual(End) ? null : "truncated PNG (no IEND chunk)";
    }
}
