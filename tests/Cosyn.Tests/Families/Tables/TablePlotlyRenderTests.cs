namespace Cosyn.Tests.Families.Tables;

/// <summary>Generated table-plotly scripts build a figure whose JSON (what plotly.js draws) holds every name and value.</summary>
public sealed partial class TablePlotlyRenderTests
{
    [Fact]
    public void Scripts_BuildFigures_WithEveryValueInTheTable()
    {
        RequiredTool.Check(TableScriptRunner.Python);

        var samples = Enumerable.Range(0, 80).Select(seed => TableSamples.Make("table-plotly", seed)).ToList();
        var reports = TableScriptRunner.RunAll([.. samples.Select(s => (s.Code, string.Empty))]);
        var problems = new List<string>();
        for (var i = 0; i < samples.Count; i++)
        {
            if (reports[i].GetProperty("error").GetString() is { } error)
            {
                problems.Add($"seed {i}: {error}");
                continue;
            }

            using var figure = JsonDocument.Parse(reports[i].GetProperty("figure").GetString()!);
            var table = figure.RootElement.GetProperty("data")[0];
            Assert.Equal("table", table.GetProperty("type").GetString());
            var shown = Texts(table.GetProperty("header").GetProperty("values")).Concat(Texts(table.GetProperty("cells").GetProperty("values")))
                .Select(t => VisibleText.Normalize(Tags().Replace(t, " "))).ToHashSet();
            var missing = VisibleText.Expected(samples[i].Data.Text).Select(VisibleText.Normalize).Where(t => !VisibleText.IsShown(shown, t)).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"seed {i}: not shown: {string.Join(" | ", missing)}");
            }

            var title = VisibleText.Normalize(Tags().Replace(figure.RootElement.GetProperty("layout").GetProperty("title").GetProperty("text").GetString()!, " "));
            if (title != VisibleText.Normalize(samples[i].Topic.Topic))
            {
                problems.Add($"seed {i}: title '{title}'");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(15)));
    }

    // Header and cell values are lists of columns, each a list of strings (or one string).
    private static IEnumerable<string> Texts(JsonElement values) =>
        values.EnumerateArray().SelectMany(column => column.ValueKind == JsonValueKind.Array ? column.EnumerateArray().Select(v => v.ToString()) : [column.ToString()]);

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
