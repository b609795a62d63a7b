using System.Diagnostics;

namespace Cosyn.Tests.Testing;

/// <summary>Reads the text in a PNG with tesseract (<c>--psm 11</c>: sparse text, finds labels and legends).</summary>
internal static class Ocr
{
    public static Task<string> ReadAsync(byte[] png) => ReadAsync(png, "11");

    /// <summary>Reads <paramref name="png"/> with tesseract's page segmentation mode <paramref name="psm"/> (7: one line of text).</summary>
    public static async Task<string> ReadAsync(byte[] png, string psm)
    {
        var file = Path.Combine(Path.GetTempPath(), $"cosyn-ocr-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(file, png);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("tesseract", [file, "-", "--psm", psm])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
