namespace Cosyn.Quality.Ocr;

/// <summary>One word tesseract read, with its box in image pixels and its confidence (0-100).</summary>
public sealed record OcrWord(string Text, int X, int Y, int Width, int Height, double Confidence);
