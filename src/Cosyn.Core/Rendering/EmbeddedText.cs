namespace Cosyn.Rendering;

/// <summary>Reads the scripts and pages the renderers embed in this assembly (host pages, layout.js, Python drivers).</summary>
internal static class EmbeddedText
{
    /// <summary>The embedded resource <paramref name="name"/> as text; throws when the build did not embed it.</summary>
    public static string Read(string name)
    {
        using var stream = typeof(EmbeddedText).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in Cosyn.Core");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
