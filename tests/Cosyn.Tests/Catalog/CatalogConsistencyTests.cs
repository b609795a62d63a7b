using Cosyn.Catalog;
using Cosyn.Cli;
using Cosyn.Routing;
using Cosyn.Synthesis.Llm.Prompting;
using Cosyn.Tests.Families.Charts.Checking;
using Cosyn.Tests.Families.Chemistry.Checking;
using Cosyn.Tests.Families.Circuits.Checking;
using Cosyn.Tests.Families.Diagrams.Checking;
using Cosyn.Tests.Families.Documents.Checking;
using Cosyn.Tests.Families.Graphics.Checking;
using Cosyn.Tests.Families.Mathematics.Checking;
using Cosyn.Tests.Families.Music.Checking;
using Cosyn.Tests.Families.Points;
using Cosyn.Tests.Families.Screens.Checking;
using Cosyn.Tests.Families.Tables.Checking;
using Cosyn.Tests.Testing;

namespace Cosyn.Tests.Catalog;

/// <summary>The catalog, goldens, answer checkers, prompts, routes and README agree about every pipeline.</summary>
public sealed class CatalogConsistencyTests
{
    private const string TableStart = "<!-- pipelines table: ./cosyn pipelines --markdown -->";
    private const string TableEnd = "<!-- end of pipelines table -->";

    // The independent checkers that recompute each family's answers (points: the measured-box expectations).
    private static readonly Dictionary<string, Type[]> CheckersByCategory = new(StringComparer.Ordinal)
    {
        ["chart"] = [typeof(ChartAnswerChecker)],
        ["table"] = [typeof(TableAnswerChecker)],
        ["document"] = [typeof(DocumentAnswerChecker)],
        ["diagram"] = [typeof(DiagramAnswerChecker)],
        ["circuit"] = [typeof(CircuitAnswerChecker)],
        ["chemical"] = [typeof(ChemicalAnswerChecker)],
        ["math"] = [typeof(MathAnswerChecker)],
        ["music"] = [typeof(MusicAnswerChecker)],
        ["graphic"] = [typeof(GraphicAnswerChecker), typeof(MathAnswerChecker)],
        ["screen"] = [typeof(ScreenAnswerChecker)],
        ["point"] = [typeof(PointExpectations)],
    };

    public static TheoryData<string> Pipelines() => [.. PipelineCatalog.All.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Pipelines))]
    public void Pipeline_HasGoldenFiles(string name)
    {
        var folder = Path.Combine(RepoFiles.Root, "tests", "Cosyn.Tests", "Golden", name);

        Assert.True(Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.txt").Any(), $"{name} has no golden files in {folder}");
    }

    [Theory]
    [MemberData(nameof(Pipelines))]
    public void Pipeline_HasAnAnswerChecker(string name)
    {
        var family = PipelineCatalog.Find(name)!.Family;

        Assert.True(CheckersByCategory.TryGetValue(family.Category, out var checkers), $"{name}: no answer checker for the {family.Category} family");
        Assert.NotEmpty(checkers);
    }

    [Theory]
    [MemberData(nameof(Pipelines))]
    public void Pipeline_HasLlmPromptsIffItSupportsLlm(string name)
    {
        var pipeline = PipelineCatalog.Find(name)!;

        Assert.Equal(pipeline.SupportsLlm, PromptLibrary.Default.Covers(pipeline.Name, pipeline.Tool));
    }

    [Fact]
    public void PromptPipelines_AreAllInTheCatalog()
    {
        var unknown = PromptLibrary.Default.Pipelines.Keys.Where(k => PipelineCatalog.Find(k)?.Name != k);

        Assert.Empty(unknown);
    }

    /// <summary>
    /// Routed over this pipeline alone, a phrase of the vocabulary lands on each figure type: on it by name, or on the
    /// whole pipeline (no figure type), which leaves every type to the pipeline's own choice. Default types such as
    /// "simple table" or "melody" have no phrase of their own by design.
    /// </summary>
    [Theory]
    [MemberData(nameof(Pipelines))]
    public void EveryFigureType_IsReachedByARoutePhrase(string name)
    {
        var pipeline = PipelineCatalog.Find(name)!;
        var wholePipeline = Reaches(name, null, routes => routes.Any(r => r.FigureTypes.Count == 0));
        foreach (var figureType in pipeline.FigureTypes)
        {
            var named = Reaches(name, figureType, routes => routes.Any(r => r.FigureTypes.Contains(figureType)));
            Assert.True(named || wholePipeline, $"no route phrase reaches {name}/{figureType}, nor {name} as a whole");
        }
    }

    private static bool Reaches(string pipeline, string? figureType, Func<IEnumerable<PipelineRoute>, bool> landed) =>
        RouteVocabulary.Concepts
            .Where(c => c.Targets.Contains(new RouteTarget(pipeline, figureType)))
            .SelectMany(c => c.Phrases)
            .Any(phrase => landed(PhraseQueryRouter.Default.Route(string.Join(' ', phrase), p => p == pipeline).Routes.Where(r => r.Pipeline.Name == pipeline)));

    [Fact]
    public async Task Readme_PipelinesTable_IsTheOutputOfPipelinesMarkdown()
    {
        var readme = RepoFiles.Read("README.md");
        var start = readme.IndexOf(TableStart, StringComparison.Ordinal);
        var end = readme.IndexOf(TableEnd, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README.md has no pipelines table between its markers");
        var table = readme[(start + TableStart.Length)..end].Trim('\n');

        var run = await InProcessCli.RunAsync("pipelines", "--markdown");

        Assert.Equal(ExitCodes.Ok, run.Code);
        Assert.Equal(run.Stdout.Trim('\n'), table);
        Assert.All(PipelineCatalog.All, p => Assert.Contains($"| `{p.Name}` |", table, StringComparison.Ordinal));
    }
}
