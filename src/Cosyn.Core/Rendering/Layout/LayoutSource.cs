namespace Cosyn.Rendering.Layout;

/// <summary>Where a render's layout facts came from.</summary>
public enum LayoutSource
{
    /// <summary>The tool gave no text boxes; checks fall back to OCR.</summary>
    None,

    /// <summary>Chromium's DOM: text node ranges and their client rects.</summary>
    Dom,

    /// <summary>Matplotlib's Text artists and their window extents.</summary>
    Matplotlib,

    /// <summary>The PDF the tool wrote, read with poppler before rasterising.</summary>
    Pdf,
}
