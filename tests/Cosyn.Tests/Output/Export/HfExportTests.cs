using System.Globalization;
using Cosyn.Cli;
using Cosyn.Model;
using YamlDotNet.RepresentationModel;

namespace Cosyn.Tests.Output.Export;

public sealed class HfExportTests : TempFolderTests
{
    [Fact]
    public async Task Export_FakeRun_EverySplitReadsBackWithDuckDbAndMatchesTheCard()
    {
        var (_, output, (code, stdout, stderr)) = await ExportAsync(charts: 40, tables: 8, points: 21);

        Assert.True(code == ExitCodes.Ok, stderr);
        var rows = HfCheck.RowsByCardPattern(output);
        Assert.Equal(["chart", "point", "table"], rows.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(40, rows["chart"]["train"] + rows["chart"]["validation"]);
        Assert.Equal(2, rows["chart"]["validation"]);
        Assert.Equal(1, rows["point"]["validation"]);
        Assert.Equal(8, rows["table"]["train"]);
        Assert.False(rows["table"].ContainsKey("validation"), "a config under 20 samples has no validation split");
        Assert.Contains("chart: train 38, validation 2", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_FakeRun_ColumnTypesAreTheCoSyn400KSchema()
    {
        var (_, output, _) = await ExportAsync(charts: 3, tables: 0, points: 2);

        var chart = HfCheck.Describe(Directory.GetFiles(Path.Combine(output, "data", "chart")).Single());
        Assert.Equal(
            """
            id VARCHAR
            image STRUCT(bytes BLOB, path VARCHAR)
            qa_pairs STRUCT(question VARCHAR, explanation VARCHAR, answer VARCHAR, "type" VARCHAR)[]
            metadata STRUCT(figure_type VARCHAR, persona VARCHAR, topic VARCHAR, pipeline VARCHAR, tool VARCHAR, seed BIGINT, render_attempts INTEGER)
            data VARCHAR
            code VARCHAR

            """.Replace("\r", "", StringComparison.Ordinal),
            chart);
        var point = HfCheck.Describe(Directory.GetFiles(Path.Combine(output, "data", "point")).Single());
        Assert.Contains("questions VARCHAR[]\nanswer_points STRUCT(x DOUBLE, y DOUBLE)[][]\n", point, StringComparison.Ordinal);
        var points = DuckDb.Query($"SELECT answer_points[2][2].x, answer_points[2][2].y, len(questions) FROM {DuckDb.Literal(Directory.GetFiles(Path.Combine(output, "data", "point")).Single())} LIMIT 1");
        Assert.Equal(50.5, Convert.ToDouble(points[0][0], CultureInfo.InvariantCulture));
        Assert.Equal(60.25, Convert.ToDouble(points[0][1], CultureInfo.InvariantCulture));
        Assert.Equal(2L, Convert.ToInt64(points[0][2], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Export_FakeRun_ImageBytesAreThePngFilesAndQaTypesAreSet()
    {
        var (run, output, _) = await ExportAsync(charts: 25, tables: 3, points: 0);

        var files = HfCheck.ParquetFiles(output);
        var rows = DuckDb.Query($"SELECT id, image.bytes, image.path FROM read_parquet([{string.Join(", ", files.Select(DuckDb.Literal))}])");
        Assert.Equal(28, rows.Count);
        foreach (var row in rows)
        {
            var id = (string)row[0]!;
            Assert.Equal(File.ReadAllBytes(Path.Combine(run, "images", id + ".png")), (byte[])row[1]!);
            Assert.Equal(id + ".png", row[2]);
        }

        var types = DuckDb.Query($"SELECT q.type, count(*) FROM (SELECT unnest(qa_pairs) AS q FROM read_parquet([{string.Join(", ", files.Select(DuckDb.Literal))}])) GROUP BY 1 ORDER BY 1");
        Assert.Equal(
            ["multiple choice 28", "short answer 168", "summary 28", "unanswerable 28", "yes/no 28"],
            types.Select(t => $"{t[0]} {t[1]}"));
    }

    [Fact]
    public async Task Export_FakeRun_HuggingFaceMetadataDeclaresTheImageFeature()
    {
        var (_, output, _) = await ExportAsync(charts: 2, tables: 0, points: 1);

        foreach (var file in HfCheck.ParquetFiles(output))
        {
            var features = HfCheck.HuggingFaceMetadata(file).GetProperty("info").GetProperty("features");
            Assert.Equal("Image", features.GetProperty("image").GetProperty("_type").GetString());
            Assert.Equal("string", features.GetProperty("qa_pairs")[0].GetProperty("answer").GetProperty("dtype").GetString());
            Assert.Equal("int64", features.GetProperty("metadata").GetProperty("seed").GetProperty("dtype").GetString());
            var columns = DuckDb.Query($"SELECT name FROM parquet_schema({DuckDb.Literal(file)}) WHERE name IN ('id','image','qa_pairs','metadata','data','code','questions','answer_points')").Count;
            Assert.Equal(features.EnumerateObject().Count(), columns);
        }
    }

    [Fact]
    public async Task Export_FakeRun_CardFrontMatterHasWhatTheHubReads()
    {
        var (_, output, _) = await ExportAsync(charts: 30, tables: 2, points: 0);

        var front = HfCheck.FrontMatter(output);
        Assert.Equal("other", ((YamlScalarNode)front["license"]).Value);
        Assert.Equal("n<1K", ((YamlScalarNode)((YamlSequenceNode)front["size_categories"])[0]).Value);
        Assert.Contains("visual-question-answering", ((YamlSequenceNode)front["task_categories"]).Select(n => ((YamlScalarNode)n).Value));
        Assert.Contains("en", ((YamlSequenceNode)front["language"]).Select(n => ((YamlScalarNode)n).Value));
        Assert.Contains("chart", ((YamlSequenceNode)front["tags"]).Select(n => ((YamlScalarNode)n).Value));
        var rows = HfCheck.RowsByCardPattern(output);
        foreach (YamlMappingNode info in (YamlSequenceNode)front["dataset_info"])
        {
            var config = ((YamlScalarNode)info["config_name"]).Value!;
            Assert.Equal(["id", "image", "qa_pairs", "metadata", "data", "code"], ((YamlSequenceNode)info["features"]).Select(f => ((YamlScalarNode)((YamlMappingNode)f)["name"]).Value));
            foreach (YamlMappingNode split in (YamlSequenceNode)info["splits"])
            {
                Assert.Equal(rows[config][((YamlScalarNode)split["name"]).Value!].ToString(CultureInfo.InvariantCulture), ((YamlScalarNode)split["num_examples"]).Value);
            }
        }

        var card = File.ReadAllText(Path.Combine(output, "README.md"));
        Assert.Contains("from datasets import load_dataset", card, StringComparison.Ordinal);
        Assert.Contains("## Model-generated content", card, StringComparison.Ordinal);
        Assert.Contains("cosyn generate --pipeline chart-matplotlib,table-html --count 32 --seed 7", card, StringComparison.Ordinal);
        Assert.Contains("| summary | 32 |", card, StringComparison.Ordinal);
        foreach (var image in System.Text.RegularExpressions.Regex.Matches(card, @"!\[[^\]]*\]\(([^)]+)\)").Select(m => m.Groups[1].Value))
        {
            Assert.True(File.Exists(Path.Combine(output, image)), image);
        }
    }

    [Fact]
    public async Task Export_SmallShardLimit_WritesSeveralNumberedShards()
    {
        var samples = Enumerable.Range(0, 30).Select(i => FakeRun.Sample("chart-matplotlib", i)).ToList();
        var run = FakeRun.Create(Temp.Sub("run"), samples, image: id => FakeRun.IncompressiblePng(id, 300));
        var output = Temp.Sub("hf");

        var (code, _, stderr) = await InProcessCli.RunAsync("export", "--in", run, "--to", "hf", "--out", output, "--max-shard-mb", "1", "--validation", "0");

        Assert.True(code == ExitCodes.Ok, stderr);
        var shards = Directory.GetFiles(Path.Combine(output, "data", "chart")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.True(shards.Count > 1, string.Join(", ", shards));
        Assert.All(shards, s => Assert.Matches($"^train-\\d{{5}}-of-{shards.Count:D5}\\.parquet$", s!));
        Assert.Equal(30, HfCheck.RowsByCardPattern(output)["chart"]["train"]);
        Assert.All(Directory.GetFiles(Path.Combine(output, "data", "chart")), f => Assert.True(new FileInfo(f).Length < 2 * 1024 * 1024));
    }

    [Fact]
    public async Task Export_SameRunTwice_SameSplits()
    {
        var run = CreateRun(charts: 60, tables: 0, points: 0);

        await InProcessCli.RunAsync("export", "--in", run, "--to", "hf", "--out", Temp.Sub("a"));
        await InProcessCli.RunAsync("export", "--in", run, "--to", "hf", "--out", Temp.Sub("b"), "--config-by", "pipeline");

        var a = DuckDb.Query($"SELECT id FROM {DuckDb.Literal(Directory.GetFiles(Path.Combine(Temp.Sub("a"), "data", "chart"), "validation-*").Single())} ORDER BY id");
        var b = DuckDb.Query($"SELECT id FROM {DuckDb.Literal(Directory.GetFiles(Path.Combine(Temp.Sub("b"), "data", "chart-matplotlib"), "validation-*").Single())} ORDER BY id");
        Assert.Equal(3, a.Count);
        Assert.Equal(a.Select(r => r[0]), b.Select(r => r[0]));
    }

    [Fact]
    public async Task Export_MissingAndCorruptImages_AreSkippedCountedListedAndTheRestExported()
    {
        var run = CreateRun(charts: 10, tables: 0, points: 0);
        File.Delete(Path.Combine(run, "images", "chart-matplotlib-s7-000002.png"));
        var corrupt = Path.Combine(run, "images", "chart-matplotlib-s7-000005.png");
        File.WriteAllBytes(corrupt, File.ReadAllBytes(corrupt)[..200]);
        var output = Temp.Sub("hf");

        var (code, stdout, _) = await InProcessCli.RunAsync("export", "--in", run, "--to", "hf", "--out", output);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Exported 8 samples", stdout, StringComparison.Ordinal);
        Assert.Contains("Skipped 2 samples", stdout, StringComparison.Ordinal);
        var listed = File.ReadAllLines(Path.Combine(output, "export-skipped.tsv"));
        Assert.Contains(listed, l => l.StartsWith("chart-matplotlib-s7-000002\t", StringComparison.Ordinal) && l.Contains("image missing", StringComparison.Ordinal));
        Assert.Contains(listed, l => l.StartsWith("chart-matplotlib-s7-000005\t", StringComparison.Ordinal) && l.Contains("truncated PNG", StringComparison.Ordinal));
        Assert.Equal(8, HfCheck.RowsByCardPattern(output)["chart"]["train"]);
        Assert.Contains("2 samples were skipped at export", File.ReadAllText(Path.Combine(output, "README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_TwoRuns_RowsInOrderGiven_ImagesFromTheirOwnFolder()
    {
        var first = FakeRun.Create(Temp.Sub("shard2"), [.. Enumerable.Range(5, 3).Select(i => FakeRun.Sample("chart-matplotlib", i))]);
        var second = FakeRun.Create(Temp.Sub("shard1"), [.. Enumerable.Range(0, 5).Select(i => FakeRun.Sample("chart-matplotlib", i))]);
        var output = Temp.Sub("llava");

        var (code, stdout, stderr) = await InProcessCli.RunAsync("export", "--in", first, "--in", second, "--to", "llava", "--out", output);

        Assert.True(code == ExitCodes.Ok, stderr);
        Assert.Contains("Exported 8 samples", stdout, StringComparison.Ordinal);
        var rows = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "llava.json"))).RootElement.EnumerateArray().ToList();
        Assert.Equal([5, 6, 7, 0, 1, 2, 3, 4], rows.Select(r => int.Parse(r.GetProperty("id").GetString()![^6..], System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var row in rows)
        {
            var id = row.GetProperty("id").GetString()!;
            var index = int.Parse(id[^6..], System.Globalization.CultureInfo.InvariantCulture);
            var source = Path.Combine(index >= 5 ? first : second, "images", id + ".png");
            Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(Path.Combine(output, row.GetProperty("image").GetString()!)));
        }
    }

    [Fact]
    public async Task Export_TwoRunsSharingAnId_RefusedInOneLineNamingBothFolders()
    {
        var first = FakeRun.Create(Temp.Sub("run1"), [.. Enumerable.Range(0, 5).Select(i => FakeRun.Sample("chart-matplotlib", i))]);
        var second = FakeRun.Create(Temp.Sub("run2"), [.. Enumerable.Range(3, 5).Select(i => FakeRun.Sample("chart-matplotlib", i))]);
        var output = Temp.Sub("hf");

        var (code, _, stderr) = await InProcessCli.RunAsync("export", "--in", first, "--in", second, "--to", "hf", "--out", output);

        Assert.Equal(ExitCodes.Error, code);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.StartsWith($"error: sample id chart-matplotlib-s7-000003 is in both {first} and {second}", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    /// <summary>Exports a fake run of that many chart, table and point samples to Parquet; returns the run, the export and what the CLI said.</summary>
    private async Task<(string Run, string Output, CliOutput Cli)> ExportAsync(int charts, int tables, int points)
    {
        var run = CreateRun(charts, tables, points);
        var output = Temp.Sub("hf");
        return (run, output, await InProcessCli.RunAsync("export", "--in", run, "--to", "hf", "--out", output));
    }

    private string CreateRun(int charts, int tables, int points)
    {
        var samples = new List<Sample>();
        samples.AddRange(Enumerable.Range(0, charts).Select(i => FakeRun.Sample("chart-matplotlib", i)));
        samples.AddRange(Enumerable.Range(charts, tables).Select(i => FakeRun.Sample("table-html", i)));
        samples.AddRange(Enumerable.Range(charts + tables, points).Select(i => FakeRun.Sample("point-html", i)));
        return FakeRun.Create(Temp.Sub("run"), samples);
    }
}
