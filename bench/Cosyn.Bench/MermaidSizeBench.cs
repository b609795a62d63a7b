using Cosyn.Catalog;
using Cosyn.Engine;
using Cosyn.Hosting;
using Cosyn.Rendering.Layout;
using Cosyn.Synthesis;

namespace Cosyn.Bench;

/// <summary>
/// Renders every Mermaid sample <c>./cosyn demo</c> makes (same plan, seed 0, default render options, the real
/// post-processing) and prints each one's size and median text height in final-image pixels; the bar is 12 px.
/// </summary>
internal static class MermaidSizeBench
{
    private const string Pipeline = "diagram-mermaid";
    private const int DemoPerPipeline = 8;
    private const double Legible = 12;

    public static async Task<int> RunAsync()
    {
        // The demo's plan: every pipeline the offline synthesizer supports, eight each, seed 0.
        var synthesizer = CosynDefaults.Synthesizer;
        var pipelines = PipelineCatalog.All.Where(p => synthesizer.Supports(p.Name)).ToList();
        var plan = new RunPlan(pipelines, DemoPerPipeline * pipelines.Count, attemptsPerSample: 3);
        var tickets = new TicketFactory(plan, 0, CosynDefaults.Personas(null, 0).ForSample, null);
        var position = pipelines.FindIndex(p => p.Name == Pipeline);
        await using var renderers = CosynDefaults.CreateRenderers(1);
        var renderer = renderers.Get(ToolNames.Mermaid);
        var medians = new List<double>();
        Console.WriteLine("sample                        type         image px     texts  median text px  render ms");
        for (var k = 0; k < DemoPerPipeline; k++)
        {
            var draft = new SampleDraft(tickets.Create(((long)k * pipelines.Count) + position));
            if (await synthesizer.TopicAsync(draft, default) is not null || await synthesizer.DataAsync(draft, default) is not null || await synthesizer.CodeAsync(draft, null, default) is not null)
            {
                Console.WriteLine($"{draft.Ticket.Id}: synthesis failed");
                continue;
            }

            var clock = Stopwatch.StartNew();
            var result = await renderer.RenderAsync(new RenderRequest(ToolNames.Mermaid, draft.Code!, new RenderOptions()), CancellationToken.None);
            if (result.Png is null || result.Layout is not { } layout || TextHeights.Median(layout) is not { } median)
            {
                Console.WriteLine($"{draft.Ticket.Id,-29} {draft.FigureType,-12} failed: {result.Failure?.Message ?? "no text measured"}");
                continue;
            }

            medians.Add(median);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{draft.Ticket.Id,-29} {draft.FigureType,-12} {layout.ImageWidth,5} x {layout.ImageHeight,-5} {layout.Texts.Count,5}  {median,14:0.0}  {clock.Elapsed.TotalMilliseconds,9:0}"));
        }

        if (medians.Count == 0)
        {
            Console.WriteLine("no sample rendered");
            return 1;
        }

        var overall = medians.Order().ElementAt(medians.Count / 2);
        var below = medians.Count(m => m < Legible);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median text height over {medians.Count} samples: {overall:0.0} px (bar {Legible} px); samples below the bar: {below}"));
        return overall >= Legible ? 0 : 1;
    }
}
