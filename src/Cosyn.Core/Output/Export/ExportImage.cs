namespace Cosyn.Output.Export;

/// <summary>Reads a sample's PNG for export; a missing, unreadable or corrupt file is a reason, not an exception.</summary>
public static class ExportImage
{
    public static (byte[]? Bytes, string? Problem) Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"image unreadable ({ex.Message})");
        }

        var problem = PngCheck.Problem(bytes);
        return problem is null ? (bytes, null) : (null, $"image corrupt: {problem}");
    }

    /// <summary>Checks the PNG without keeping it (for exporters that link the file instead of embedding it).</summary>
    public static string? Check(string path) => Read(path).Problem;
}
