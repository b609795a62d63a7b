namespace Cosyn.Quality.Ocr;

/// <summary>Reads the words of an image (tesseract in production, a fake in tests).</summary>
public interface IOcrEngine
{
    Task<OcrResult> ReadAsync(byte[] png, CancellationToken cancellationToken);
}
