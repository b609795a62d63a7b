using Cosyn.Catalog;
using Cosyn.Engine;
using Cosyn.Hosting;
using Cosyn.Rendering.Images;
using Cosyn.Rendering.Targets;
using Cosyn.Synthesis.Llm;
using Cosyn.Tests.Families.Points;

namespace Cosyn.Tests.Llm.Pointing;

/// <summary>
/// point-html's LLM path against the real HTML renderer (Chromium): a scripted model writes a page that reuses a mark,
/// repairs it from the finding, then writes questions; every answer point must fall inside the element a separate page
/// finds by its visible text, and marks a reader cannot see must not be measured.
/// </summary>
public sealed class LlmPointingChromiumTests : TempFolderTests
{
    private static readonly (string Question, (string Locator, string[] Args)[] Elements)[] Expected =
    [
        ("Point to the Buy pass button.", [("button", ["Buy pass"])]),
        ("Point to the Cancel button.", [("button", ["Cancel"])]),
        ("Point to the most expensive trip.", [("row", ["Halifax to Woodside", "$3.50"])]),
        ("Point to every trip that costs $2.75.", [("row", ["Halifax to Dartmouth", "$2.75"]), ("row", ["Dartmouth to Halifax", "$2.75"])]),
        ("Point to the page title.", [("leaf", ["Harbour Ferry Pass"])]),
        ("Point to the trip from Dartmouth.", [("row", ["Dartmouth to Halifax", "$2.75"])]),
    ];

    [Fact]
    public async Task Run_ScriptedModelOnChromium_PutsEveryPointInsideItsElement()
    {
        await using var renderers = CosynDefaults.CreateRenderers(1);
        var code = new ScriptedChatClient(m => m[^1].Text.Contains("found layout problems", StringComparison.Ordinal) ? PointReplies.FixedPage : PointReplies.FirstPage);
        var clients = new LlmStageClients(new ScriptedChatClient(_ => PointReplies.Topics), new ScriptedChatClient(_ => PointReplies.Data), code, new ScriptedChatClient(_ => PointReplies.Questions()));
        var options = new RunOptions { Pipelines = [PipelineCatalog.Find("point-html")!], Count = 1, OutputFolder = Temp.Sub("out"), Seed = 3, Concurrency = 1, RenderAttempts = 3 };

        var result = await new RunEngine(new LlmSynthesizer(clients), renderers, TimeProvider.System).RunAsync(options, new FixedPersonas(), new RunProgress(), CancellationToken.None);

        Assert.Equal(1, result.Stats.Totals.Written);
        Assert.Contains(code.Calls, c => c.Messages[^1].Text.Contains("marks used more than once: 'trip' on 3 elements", StringComparison.Ordinal));
        var row = JsonSerializer.Deserialize<Sample>(Assert.Single(File.ReadAllLines(Path.Combine(result.OutputFolder, "samples.jsonl"))), CosynJson.Compact)!;
        Assert.Equal(Expected.Select(e => e.Question), row.Questions);

        // The test's own layout and post-processing must give the written image's size.
        await using var page = await PageLocator.StartAsync();
        var image = ImagePostProcessor.Process(await page.LoadAsync(row.Code), ImagePolicies.For(ToolNames.Html));
        Assert.Equal(PngSize.Read(File.ReadAllBytes(Path.Combine(result.OutputFolder, row.Image))), (image.Width, image.Height));
        var problems = new List<string>();
        for (var q = 0; q < Expected.Length; q++)
        {
            var points = row.AnswerPoints![q];
            Assert.Equal(Expected[q].Elements.Length, points.Count);
            for (var e = 0; e < points.Count; e++)
            {
                var (locator, args) = Expected[q].Elements[e];
                var boxes = (await page.FindAsync(locator, args)).Select(b => PercentBox.Of(b, image)).ToList();
                if (!boxes.Any(b => b.Contains(points[e])))
                {
                    problems.Add($"'{Expected[q].Question}': {points[e]} is outside {locator}({string.Join(", ", args)}) at {string.Join(" ", boxes)}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Render_MarksAReaderCannotSee_AreNotMeasured()
    {
        await using var renderers = CosynDefaults.CreateRenderers(1);
        const string Html = """
            <!DOCTYPE html>
            <html><body style="margin: 0; background: #fff; font: 16px 'DejaVu Sans';">
            <div style="padding: 40px; width: 600px;">
              <button data-point-target="shown">Shown</button>
              <button data-point-target="gone" style="display: none;">Gone</button>
              <button data-point-target="hidden" style="visibility: hidden;">Hidden</button>
              <button data-point-target="clear" style="opacity: 0;">Clear</button>
              <span data-point-target="empty"></span>
              <div style="height: 40px; overflow: hidden;"><p style="margin: 0; height: 40px;">First</p><p data-point-target="scrolled" style="margin: 0;">Scrolled away</p></div>
              <div style="height: 30px; overflow: hidden;"><p data-point-target="cut" style="margin: 0; height: 60px; background: #ddd;">Cut in half</p></div>
            </div>
            </body></html>
            """;

        var result = await renderers.Get(ToolNames.Html).RenderAsync(new RenderRequest(ToolNames.Html, Html, new RenderOptions()), CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal(["shown", "cut"], result.Targets!.Boxes.Select(b => b.Id));
        // The clipped paragraph measures as the 30 of its 60 px its container shows (600 px wide, at any scale).
        var cut = result.Targets.Find("cut")[0];
        Assert.InRange(cut.Height / cut.Width, 0.045, 0.055);
    }
}
