using Cosyn.Families.Charts;

namespace Cosyn.Tests.Families.Charts;

/// <summary>The CSV written as a sample's <c>data</c>.</summary>
public sealed class ChartCsvTests
{
    [Fact]
    public void Write_PutsUnitsInHeaders_LeavesMissingCellsEmpty_AndQuotesCommas()
    {
        var spec = new ChartSpec(
            ChartFigureTypes.MultiLine, "T", "marine", "Site", ChartAxisKind.Category, ["Cove, north", "Reef"],
            new ChartMeasure("Catch", "t", 1), [new ChartSeries("Cod", [1.3, null]), new ChartSeries("Hake", [3, 4])], IsPartOfWhole: true);

        Assert.Equal("Site,Cod (t),Hake (t)\n\"Cove, north\",1.3,3.0\nReef,,4.0\n", ChartCsv.Write(spec));
    }

    [Fact]
    public void Write_SingleSeries_UsesTheMeasureAsHeader()
    {
        var spec = new ChartSpec(
            ChartFigureTypes.Bar, "T", "marine", "Month", ChartAxisKind.Time, ["Jan"],
            new ChartMeasure("Sea-surface temperature", "°C", 1), [new ChartSeries("Sea-surface temperature", [12])], IsPartOfWhole: false);

        Assert.Equal("Month,Sea-surface temperature (°C)\nJan,12.0\n", ChartCsv.Write(spec));
    }
}
