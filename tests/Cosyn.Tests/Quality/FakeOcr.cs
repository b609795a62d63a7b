using Cosyn.Quality.Ocr;

namespace Cosyn.Tests.Quality;

/// <summary>An OCR engine that returns fixed words and counts its calls.</summary>
internal sealed class FakeOcr(params OcrWord[] words) : IOcrEngine
{
    public int Calls { get; private set; }

    public Task<OcrResult> ReadAsync(byte[] png, CancellationToken cancellationToken)
    {
        Calls++;
        return Task.FromResult(new OcrResult(words));
    }
}
