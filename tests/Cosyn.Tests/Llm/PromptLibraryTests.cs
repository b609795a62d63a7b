using Cosyn.Catalog;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Llm;
using Cosyn.Synthesis.Llm.Prompting;

namespace Cosyn.Tests.Llm;

public sealed class PromptLibraryTests
{
    [Fact]
    public void Supports_EveryCatalogPipelineButPointHtml()
    {
        var unsupported = PipelineCatalog.All.Where(p => !LlmSynthesizer.SupportsPipeline(p.Name)).Select(p => p.Name);

        Assert.Equal(["point-html"], unsupported);
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
