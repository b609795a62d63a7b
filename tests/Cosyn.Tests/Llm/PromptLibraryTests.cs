using Cosyn.Catalog;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Llm;
using Cosyn.Synthesis.Llm.Prompting;

namespace Cosyn.Tests.Llm;

public sealed class PromptLibraryTests
{
    [Fact]
    public void Supports_EveryCatalogPipeline()
    {
        var unsupported = PipelineCatalog.All.Where(p => !LlmSynthesizer.SupportsPipeline(p.Name)).Select(p => p.Name);

        Assert.Empty(unsupported);
    }

    [Fact]
    public void EveryStage_OfEverySupportedPipelineAndFigureType_FillsEveryPlaceholder()
    {
        var builder = StagePromptBuilder.Default;
        var failure = new RenderFailure("tool", RenderFailureKind.Syntax, "message", "log");
        foreach (var pipeline in PipelineCatalog.All.Where(p => LlmSynthesizer.SupportsPipeline(p.Name)))
        {
            foreach (var figureType in pipeline.FigureTypes)
            {
                var ticket = PromptGoldenTests.Ticket(pipeline.Name, 1, figureType: figureType);
                Assert.Equal(figureType, FigureTypeChoice.Choose(ticket));
                var prompts = new[]
                {
                    builder.Topic(ticket, figureType),
                    builder.Data(ticket, figureType, "topic"),
                    builder.Code(ticket, figureType, "topic", "data"),
                    builder.Repair(ticket, figureType, "topic", "code", failure),
                    builder.Qa(ticket, figureType, "topic", "data", "code"),
                };
                Assert.All(prompts.SelectMany(p => p.Messages), m => Assert.DoesNotContain("{{", m.Text, StringComparison.Ordinal));
                Assert.True(builder.Library.Forms.ContainsKey(builder.Library.Pipelines[pipeline.Name].DataFormFor(figureType)), $"{pipeline.Name}: unknown data form");
            }
        }
    }

    [Fact]
    public void FigureGuides_NameOnlyPipelinesOrSubjectsAndTheirFigureTypes()
    {
        var library = PromptLibrary.Default;
        foreach (var (key, guides) in library.Figures)
        {
            var pipelines = PipelineCatalog.All.Where(p => p.Name == key || (library.Pipelines.TryGetValue(p.Name, out var prompt) && prompt.Subject == key)).ToList();
            Assert.True(pipelines.Count > 0, $"figures.json key '{key}' is neither a pipeline nor a subject");
            Assert.All(guides.Keys, figureType => Assert.True(pipelines.Any(p => p.FigureTypes.Contains(figureType)), $"{key}: no pipeline draws '{figureType}'"));
        }
    }

    [Theory]
    [InlineData("chart-matplotlib", "pie")]
    [InlineData("chart-plotly", "donut")]
    [InlineData("chart-latex", "pie")]
    [InlineData("chart-html", "donut")]
    [InlineData("chart-vegalite", "pie")]
    public void Code_PartOfWholeChart_DoesNotAskForAxisLabels(string pipeline, string figureType)
    {
        var prompt = StagePromptBuilder.Default.Code(PromptGoldenTests.Ticket(pipeline, 1, figureType: figureType), figureType, "topic", "data");

        Assert.DoesNotContain("label the axes", prompt.Messages[1].Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("no axes", prompt.Messages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Topic_TablePipeline_IsToldCellsAreNumbers()
    {
        var prompt = StagePromptBuilder.Default.Topic(PromptGoldenTests.Ticket("table-html", 1, figureType: "simple table"), "simple table");

        Assert.Contains("Every table cell is a number", prompt.Messages[1].Text, StringComparison.Ordinal);
        Assert.Contains("cells\": [number or null]", prompt.Messages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_Lilypond_AsksForNoColoursOrFrames()
    {
        var prompt = StagePromptBuilder.Default.Code(PromptGoldenTests.Ticket("music-lilypond", 1, figureType: "melody"), "melody", "topic", "data");

        Assert.Contains("Styling for this image: black engraving on white", prompt.Messages[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("palette", prompt.Messages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_GeometryProblemInSvg_AsksForQuestionAndSolution()
    {
        var ticket = PromptGoldenTests.Ticket("graphic-svg", 1, figureType: "geometry problem");

        var prompt = StagePromptBuilder.Default.Data(ticket, "geometry problem", "A kite");

        Assert.Equal("question_solution", prompt.SchemaName);
    }

    [Theory]
    [InlineData("stacked bar charts of school budgets", "stacked bar")]
    [InlineData("a bar chart of rainfall", "bar")]
    [InlineData("donuts", "donut")]
    public void FigureType_Query_PicksTheLongestNamedType(string query, string expected)
    {
        Assert.Equal(expected, FigureTypeChoice.Choose(PromptGoldenTests.Ticket("chart-matplotlib", 3, query: query)));
    }

    [Fact]
    public void FigureType_RoutedTypeOfAnotherPipeline_IsIgnored()
    {
        var ticket = PromptGoldenTests.Ticket("chart-matplotlib", 3, figureType: "nutrition label");

        Assert.Contains(FigureTypeChoice.Choose(ticket), ticket.Pipeline.FigureTypes);
    }

    [Fact]
    public void Topic_Query_IsQuotedInThePrompt()
    {
        var prompt = StagePromptBuilder.Default.Topic(PromptGoldenTests.Ticket("document-html", 3, query: "nutrition fact labels"), "nutrition label");

        Assert.Contains("The user is collecting images like \"nutrition fact labels\"", prompt.Messages[1].Text, StringComparison.Ordinal);
    }
}
