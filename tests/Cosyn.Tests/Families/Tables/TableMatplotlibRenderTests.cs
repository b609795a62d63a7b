namespace Cosyn.Tests.Families.Tables;

/// <summary>Generated table-matplotlib scripts run with the real matplotlib and show every name and value the data has.</summary>
public sealed class TableMatplotlibRenderTests
{
    [Fact]
    public void Scripts_Run_AndTheTableShowsEveryValue()
    {
        RequiredTool.Check(TableScriptRunner.Python);

        var png = Path.Combine(Path.GetTempPath(), $"cosyn-table-{Environment.ProcessId}.png");
        var samples = Enumerable.Range(0, 80).Select(seed => TableSamples.Make("table-matplotlib", seed)).ToList();
        var reports = TableScriptRunner.RunAll([.. samples.Select(s => (s.Code, png))]);
        var problems = new List<string>();
        for (var i = 0; i < samples.Count; i++)
        {
            var report = reports[i];
            if (report.GetProperty("error").GetString() is { } error)
            {
                problems.Add($"seed {i}: {error}");
                continue;
            }

            var shown = report.GetProperty("cells").EnumerateObject().Select(p => VisibleText.Normalize(p.Value.GetString()!)).ToHashSet();
            var missing = VisibleText.Expected(samples[i].Data.Text).Select(VisibleText.Normalize).Where(t => !VisibleText.IsShown(shown, t)).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"seed {i}: not shown: {string.Join(" | ", missing)}");
            }

            var title = VisibleText.Normalize(report.GetProperty("titles")[0].GetString()!);
            if (title != VisibleText.Normalize(samples[i].Topic.Topic))
            {
                problems.Add($"seed {i}: title '{title}'");
            }
        }

        File.Delete(png);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(15)));
    }
}
