using Cosyn.Output.Export;
using Cosyn.Catalog;

namespace Cosyn.Tests.Output.Export;

public sealed class DatasetCategoryTests
{
    [Theory]
    [InlineData("chart-vegalite", "chart")]
    [InlineData("chemical-rdkit", "chemical")]
    [InlineData("music-lilypond", "music")]
    [InlineData("graphic-asymptote", "graphic")]
    [InlineData("point-html", "point")]
    [InlineData("screen-html", "screen")]
    [InlineData("circuit-latex", "circuit")]
    [InlineData("math-latex", "math")]
    [InlineData("widget-new", "widget")]
    public void DatasetCategory_IsTheReleasedConfigName(string pipeline, string category) =>
        Assert.Equal(category, DatasetCategory.Of(pipeline));

    [Fact]
    public void Of_EveryCatalogPipeline_IsOneOfTheElevenCategories()
    {
        string[] categories = ["chart", "table", "document", "diagram", "circuit", "chemical", "math", "music", "graphic", "screen", "point"];

        Assert.Equal(categories.Order(StringComparer.Ordinal), PipelineCatalog.All.Select(p => DatasetCategory.Of(p.Name)).Distinct().Order(StringComparer.Ordinal));
    }
}
