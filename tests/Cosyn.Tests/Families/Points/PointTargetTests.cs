using Cosyn.Families.Points;
using Cosyn.Hosting;
using Cosyn.Randomness;
using Cosyn.Rendering.Images;
using Cosyn.Rendering.Targets;
using Cosyn.Synthesis.Procedural;
using Cosyn.Tests.Families.Screens;
using Xunit.Abstractions;

namespace Cosyn.Tests.Families.Points;

/// <summary>
/// point-html answers land on the right elements: samples render through the production renderer (boxes measured and
/// mapped through trimming), then a separate browser page lays the same HTML out, finds each question's element by its
/// visible text and the data, maps it through its own post-processing, and every answer point must fall inside it.
/// </summary>
public sealed class PointTargetTests(ITestOutputHelper output)
{
    // The query picks the screen within the figure type, so every kind of screen is covered.
    private static readonly (string FigureType, int Seed, string? Query)[] Cases =
    [
        (PointKinds.Document, 1, null), (PointKinds.Document, 2, null),
        (PointKinds.Form, 1, "a checkout page"), (PointKinds.Form, 2, "a checkout page"), (PointKinds.Form, 3, "app settings"),
        (PointKinds.Screen, 1, "an email inbox"), (PointKinds.Screen, 2, "an email inbox"), (PointKinds.Screen, 3, "a team chat"),
        (PointKinds.Screen, 4, "a team chat"), (PointKinds.Screen, 5, "a KPI dashboard"), (PointKinds.Screen, 6, "a KPI dashboard"), (PointKinds.Screen, 7, "app settings"),
    ];

    [Fact]
    public async Task AnswerPoints_FallInsideTheElementsFoundByText()
    {
        await using var renderers = CosynDefaults.CreateRenderers(1);
        await using var page = await PageLocator.StartAsync();
        var pipeline = (IPointingPipeline)ScreenSamples.Pipeline("point-html");
        var problems = new List<string>();
        var checkedPoints = 0;
        var screens = new HashSet<string>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var locating = TimeSpan.Zero;
        foreach (var (figureType, seed, query) in Cases)
        {
            var sample = ScreenSamples.Make("point-html", seed, figureType, query: query);
            screens.Add(figureType == PointKinds.Document ? "invoice" : System.Text.Json.JsonDocument.Parse(sample.Data.Text).RootElement.GetProperty("screen").GetString()!);
            var result = await renderers.Get(ToolNames.Html).RenderAsync(new RenderRequest(ToolNames.Html, sample.Code, new RenderOptions()), CancellationToken.None);
            Assert.True(result.Succeeded, result.Failure?.ToString());
            Assert.NotNull(result.Targets);
            Assert.Equal(PngSize.Read(result.Png!), (result.Targets!.ImageWidth, result.Targets.ImageHeight));

            // The test's own layout and post-processing: it must give the same final image size.
            var own = ImagePostProcessor.Process(await page.LoadAsync(sample.Code), ImagePolicies.For(ToolNames.Html));
            Assert.Equal((result.Targets.ImageWidth, result.Targets.ImageHeight), (own.Width, own.Height));

            // Several QA draws over one render cover most of a sample's candidate questions.
            var asked = new Dictionary<string, IReadOnlyList<AnswerPoint>>();
            for (var draw = 0; draw < 6; draw++)
            {
                var set = pipeline.WritePoints(sample.Ticket, sample.Topic, sample.Data, result.Targets, SeededRandom.For(seed * 10 + draw, "qa"));
                Assert.InRange(set.Questions.Count, 3, 5);
                for (var i = 0; i < set.Questions.Count; i++)
                {
                    asked[set.Questions[i]] = set.AnswerPoints[i];
                }
            }

            var started = clock.Elapsed;
            foreach (var (question, points) in asked)
            {
                var expected = PointExpectations.For(question, sample.Data.Text);
                if (expected.Count != points.Count)
                {
                    problems.Add($"{figureType} {seed}: '{question}' has {points.Count} points, expected {expected.Count}");
                    continue;
                }

                var unused = points.ToList();
                foreach (var (locator, args) in expected)
                {
                    var boxes = (await page.FindAsync(locator, args)).Select(b => PercentBox.Of(b, own)).ToList();
                    var hit = unused.FirstOrDefault(p => boxes.Any(b => b.Contains(p)));
                    if (hit is null)
                    {
                        problems.Add($"{figureType} {seed}: '{question}': no point inside {locator}({string.Join(", ", args)}) at {string.Join(" ", boxes)}; points {string.Join(" ", unused)}");
                        break;
                    }

                    unused.Remove(hit);
                    checkedPoints++;
                }
            }

            locating += clock.Elapsed - started;
        }

        output.WriteLine($"{checkedPoints} points checked in {clock.Elapsed.TotalSeconds:0.0} s ({locating.TotalSeconds:0.0} s locating)");

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        Assert.True(checkedPoints >= 100, $"only {checkedPoints} points checked");
        Assert.True(screens.Count == 6, "screens covered: " + string.Join(", ", screens));
    }
}
