using System.Reflection;

namespace Cosyn.Personas;

/// <summary>Reads the tab-separated lexicon files embedded in this assembly.</summary>
internal static class LexiconResource
{
    private const string Prefix = "Cosyn.Personas.Lexicons.";

    /// <summary>The whole text of an embedded lexicon file.</summary>
    public static string ReadText(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"Embedded lexicon '{fileName}' is missing from Cosyn.Core.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Data rows of a lexicon text: comments (#) and blank lines skipped, each row split on tabs into exactly <paramref name="columns"/> cells.</summary>
    public static IEnumerable<string[]> Rows(string text, string fileName, int columns)
    {
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var cells = trimmed.Split('\t');
            if (cells.Length != columns)
            {
                throw new InvalidOperationException(
                    $"Lexicon {fileName} line {lineNumber}: expected {columns} tab-separated columns, found {cells.Length}.");
            }

            yield return cells;
        }
    }
}
