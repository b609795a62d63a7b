using Cosyn.Families.Charts;
using Cosyn.Randomness;
using Cosyn.Families.Tables;
using Cosyn.Synthesis.Procedural;
using Cosyn.Tests.Families.Charts;

namespace Cosyn.Tests.Synthesis.Procedural;

/// <summary>How a targeting query reaches chart and table topics: its subject picks the dataset, its name fills the title.</summary>
public sealed class QueryFocusTests
{
    [Theory]
    [InlineData("monthly rainfall in Seattle", "Seattle")]
    [InlineData("Monthly rainfall in Seattle, WA", "Seattle")]
    [InlineData("subway ridership in New York City", "New York City")]
    [InlineData("tourism on the Isle of Man", "Isle of Man")]
    [InlineData("New Zealand sheep numbers", "New Zealand")]
    [InlineData("stock price of Tesla.", "Tesla")]
    public void Name_IsTheFirstRunOfCapitalisedWords(string query, string name) => Assert.Equal(name, QueryFocus.Name(query));

    [Theory]
    [InlineData("monthly rainfall")]
    [InlineData("Rainfall by month")]
    [InlineData("US GDP growth")]
    [InlineData("Bar Chart Of Rainfall")]
    [InlineData("")]
    [InlineData(null)]
    public void Name_IsNullWithoutOne(string? query) => Assert.Null(QueryFocus.Name(query));

    [Fact]
    public void SubjectWords_LeaveTheNameToTheNameSlot()
    {
        var subject = QueryFocus.SubjectWords("monthly rainfall in Seattle");

        Assert.Contains("rainfall", subject);
        Assert.DoesNotContain("seattle", subject);
    }

    [Theory]
    [InlineData("monthly rainfall in Seattle", "Seattle", "rain|precipitation")]
    [InlineData("salmon catches in Alaska", "Alaska", "salmon|landings|catch")]
    public void ChartTitles_CarryTheQuerysSubjectAndName(string query, string name, string subject)
    {
        for (var seed = 0; seed < 12; seed++)
        {
            var ticket = ChartSamples.Ticket(seed) with { Query = query };

            var title = new ChartTopicPlanner().Plan(ticket, ChartFigureTypes.All, new SeededRandom(seed)).Topic;

            Assert.Contains(name, title, StringComparison.Ordinal);
            Assert.Matches("(?i)" + subject, title);
        }
    }

    [Fact]
    public void TableTitles_CarryTheQuerysName()
    {
        for (var seed = 0; seed < 12; seed++)
        {
            var ticket = ChartSamples.Ticket(seed, pipeline: "table-matplotlib") with { Query = "crop yields in Iowa" };

            var title = new TableTopicPlanner().Plan(ticket, Cosyn.Catalog.PipelineCatalog.Find("table-matplotlib")!.FigureTypes, new SeededRandom(seed)).Topic;

            Assert.Contains("Iowa", title, StringComparison.Ordinal);
        }
    }
}
