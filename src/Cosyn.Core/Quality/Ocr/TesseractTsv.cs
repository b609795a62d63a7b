namespace Cosyn.Quality.Ocr;

/// <summary>Reads tesseract's TSV output (level … left top width height conf text): the word rows (level 5) with text.</summary>
public static class TesseractTsv
{
    public static IReadOnlyList<OcrWord> Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var words = new List<OcrWord>();
        foreach (var line in tsv.Split('\n').Skip(1))
        {
            var cells = line.TrimEnd('\r').Split('\t');
            if (cells.Length < 12 || cells[0] != "5" || cells[11].Trim().Length == 0)
            {
                continue;
            }

            int Int(int i) => int.Parse(cells[i], CultureInfo.InvariantCulture);
            var confidence = double.Parse(cells[10], CultureInfo.InvariantCulture);
            words.Add(new OcrWord(cells[11].Trim(), Int(6), Int(7), Int(8), Int(9), confidence));
        }

        return words;
    }
}
