namespace Cosyn.Synthesis.Llm.Parsing;

/// <summary>Counts the fields of one CSV line, honouring double-quoted fields with commas and doubled quotes.</summary>
internal static class CsvFields
{
    public static int Count(string line)
    {
        var count = 1;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                count++;
            }
        }

        return count;
    }
}
