namespace Cosyn.Quality.Checks;

/// <summary>The background colour of an image: the colour most of its four corners share.</summary>
public static class Background
{
    public static uint Of(ImagePixels pixels)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        uint[] corners = [pixels[0, 0], pixels[pixels.Width - 1, 0], pixels[0, pixels.Height - 1], pixels[pixels.Width - 1, pixels.Height - 1]];
        return corners.GroupBy(c => c & 0xFFFFFF).OrderByDescending(g => g.Count()).First().First();
    }
}
