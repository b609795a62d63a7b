namespace Cosyn.Tests.Families.Tables;

/// <summary>Across 200 samples of one pipeline, titles and code must differ: more than 90% distinct titles.</summary>
public sealed class TableDiversityTests
{
    private static readonly string[] Personas =
    [
        .. TableSamples.Personas,
        "A park ranger who counts wolves in the winter",
        "A data engineer running a cloud platform",
        "An airline dispatcher in Denver",
        "A quiet person who enjoys long walks",
        "A boutique owner who designs her own dresses",
        "A seismologist studying small earthquakes",
    ];

    [Theory]
    [InlineData("table-latex")]
    [InlineData("table-matplotlib")]
    [InlineData("table-plotly")]
    [InlineData("table-html")]
    public void TwoHundredSamples_HaveMostlyDistinctTitlesAndCode(string pipeline)
    {
        var samples = Enumerable.Range(0, 200).Select(seed => TableSamples.Make(pipeline, 5000 + seed, persona: Personas[seed % Personas.Length])).ToList();
        var titles = samples.Select(s => s.Topic.Topic).Distinct().Count();
        var code = samples.Select(s => s.Code).Distinct().Count();
        var types = samples.Select(s => s.Topic.FigureType).Distinct().Count();
        Assert.True(titles > 180, $"{pipeline}: only {titles} distinct titles in 200");
        Assert.Equal(200, code);
        Assert.True(types >= 3, $"{pipeline}: only {types} figure types");
    }
}
