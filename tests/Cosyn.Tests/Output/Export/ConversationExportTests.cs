using System.Text.Json;
using Cosyn.Cli;

namespace Cosyn.Tests.Output.Export;

public sealed class ConversationExportTests : TempFolderTests
{
    [Fact]
    public async Task Llava_EverySampleIsOneConversationWithItsImage()
    {
        var run = CreateRun();
        var output = Temp.Sub("llava");

        var (code, _, stderr) = await InProcessCli.RunAsync("export", "--in", run, "--to", "llava", "--out", output);

        Assert.True(code == ExitCodes.Ok, stderr);
        var records = ConversationCheck.Llava(output);
        Assert.Equal(6, records.Count);
        var first = records[0];
        Assert.Equal("chart-matplotlib-s7-000000", first.GetProperty("id").GetString());
        Assert.Equal("images/chart-matplotlib-s7-000000.png", first.GetProperty("image").GetString());
        Assert.Equal(20, first.GetProperty("conversations").GetArrayLength());
        Assert.Equal("0", first.GetProperty("conversations")[1].GetProperty("value").GetString());
        Assert.Equal(File.ReadAllBytes(Path.Combine(run, "images", "chart-matplotlib-s7-000000.png")), File.ReadAllBytes(Path.Combine(output, "images", "chart-matplotlib-s7-000000.png")));
        var point = records.Single(r => r.GetProperty("id").GetString()!.StartsWith("point-html", StringComparison.Ordinal));
        Assert.Contains("<points x1=\"30.0\" y1=\"40.0\" x2=\"50.5\" y2=\"60.3\"", point.GetProperty("conversations")[3].GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShareGpt_MessagesImagesAndDatasetInfoEntry()
    {
        var run = CreateRun();
        var output = Temp.Sub("sharegpt");

        var (code, _, stderr) = await InProcessCli.RunAsync("export", "--in", run, "--to", "sharegpt", "--out", output, "--answer-style", "cot");

        Assert.True(code == ExitCodes.Ok, stderr);
        var records = ConversationCheck.Messages(output, JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "sharegpt.json"))).RootElement.EnumerateArray());
        Assert.Equal(6, records.Count);
        Assert.Equal("The bar for item 0 is labelled 0. So the answer is 0.\nAnswer: 0", records[0].GetProperty("messages")[1].GetProperty("content").GetString());
        var info = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "dataset_info.json"))).RootElement.GetProperty("cosyn");
        Assert.Equal("sharegpt.json", info.GetProperty("file_name").GetString());
        Assert.Equal("sharegpt", info.GetProperty("formatting").GetString());
        Assert.Equal("images", info.GetProperty("columns").GetProperty("images").GetString());
        Assert.Equal("assistant", info.GetProperty("tags").GetProperty("assistant_tag").GetString());
    }

    [Fact]
    public async Task Swift_MaxTurnsSplitsLongSamplesIntoSeveralConversations()
    {
        var run = CreateRun();
        var output = Temp.Sub("swift");

        var (code, _, stderr) = await InProcessCli.RunAsync("export", "--in", run, "--to", "swift", "--out", output, "--max-turns", "4");

        Assert.True(code == ExitCodes.Ok, stderr);
        var records = ConversationCheck.Messages(output, ConversationCheck.JsonLines(Path.Combine(output, "train.jsonl")));

        // 5 samples of 10 QA pairs -> 3 conversations each (4 + 4 + 2 turns); the pointing sample's 2 questions -> 1.
        Assert.Equal(16, records.Count);
        Assert.All(records, r => Assert.True(r.GetProperty("messages").GetArrayLength() <= 8));
    }

    [Fact]
    public async Task Llava_ImagesAreHardLinked()
    {
        var run = CreateRun();
        var output = Temp.Sub("llava");

        await InProcessCli.RunAsync("export", "--in", run, "--to", "llava", "--out", output);

        var source = new FileInfo(Path.Combine(run, "images", "chart-matplotlib-s7-000001.png"));
        var linked = new FileInfo(Path.Combine(output, "images", "chart-matplotlib-s7-000001.png"));
        Assert.True(linked.Exists);

        // Same file system (both under the temp folder), so link(2) works and the inode gains a second name.
        Assert.Equal(2, LinkCount(source.FullName));
    }

    private static int LinkCount(string path)
    {
        var info = new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%h", path]) { RedirectStandardOutput = true };
        using var process = System.Diagnostics.Process.Start(info)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return int.Parse(text.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private string CreateRun() => FakeRun.Create(Temp.Sub("run"), [.. Enumerable.Range(0, 5).Select(i => FakeRun.Sample("chart-matplotlib", i)), FakeRun.Sample("point-html", 5)]);
}
