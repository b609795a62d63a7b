using Cosyn.Catalog;
using Cosyn.Rendering;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Tests.Catalog;

public sealed class PipelineCatalogTests
{
    [Fact]
    public void All_HasTwentyTwoUniqueNamesInTheHistoricalOrder()
    {
        string[] expected =
        [
            "chart-matplotlib", "chart-plotly", "chart-vegalite", "chart-latex", "chart-html",
            "table-latex", "table-matplotlib", "table-plotly", "table-html", "document-latex", "document-html",
            "diagram-graphviz", "diagram-mermaid", "diagram-latex", "circuit-latex", "chemical-rdkit", "math-latex",
            "music-lilypond", "graphic-svg", "graphic-asymptote", "screen-html", "point-html",
        ];

        Assert.Equal(expected, PipelineCatalog.All.Select(p => p.Name));
    }

    [Fact]
    public void Definition_NameStartsWithItsFamilyAndEndsWithItsTool()
    {
        Assert.All(PipelineCatalog.All, p =>
        {
            Assert.StartsWith(p.Family.Category, p.Name, StringComparison.Ordinal);
            Assert.Contains(p.Tool, ToolRegistry.Names);
            Assert.NotEmpty(p.FigureTypes);
            Assert.Equal(p.FigureTypes.Count, p.FigureTypes.Distinct(StringComparer.Ordinal).Count());
        });
    }

    [Fact]
    public void CreateProcedural_MakesAPipelineWithTheDefinitionsNameAndFigureTypes()
    {
        Assert.All(PipelineCatalog.All, p =>
        {
            var pipeline = p.CreateProcedural();

            Assert.Equal(p.Name, pipeline.Name);
            Assert.Same(p.FigureTypes, pipeline.FigureTypes);
        });
    }

    [Fact]
    public void ProceduralPipelines_FollowTheCatalog()
    {
        Assert.Equal(PipelineCatalog.All.Select(p => p.Name), ProceduralPipelines.All.Select(p => p.Name));
    }

    [Fact]
    public void Find_IgnoresCaseAndReturnsNullForUnknownNames()
    {
        Assert.Same(PipelineCatalog.All[0], PipelineCatalog.Find("CHART-MATPLOTLIB"));
        Assert.Null(PipelineCatalog.Find("chart-nope"));
    }
}
