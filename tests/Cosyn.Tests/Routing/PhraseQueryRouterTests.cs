using Cosyn.Catalog;
using Cosyn.Routing;

namespace Cosyn.Tests.Routing;

/// <summary>Everyday requests routed offline over the whole catalog: the expected target must be chosen and lead.</summary>
public sealed class PhraseQueryRouterTests
{
    private static readonly Func<string, bool> Everything = _ => true;

    [Theory]
    [InlineData("nutrition fact labels", "document-html/nutrition label")]
    [InlineData("bus timetables", "document-html/schedule")]
    [InlineData("circuit diagrams for homework", "circuit-latex")]
    [InlineData("stock prices over a year", "chart-plotly/candlestick")]
    [InlineData("wiring a doorbell", "circuit-latex")]
    [InlineData("aspirin structure", "chemical-rdkit")]
    [InlineData("sheet music for a lullaby", "music-lilypond/melody with lyrics")]
    [InlineData("restaurant bill", "document-html/receipt")]
    [InlineData("monthly rainfall bar chart", "chart-matplotlib/bar")]
    [InlineData("pie chart of household budget", "chart-vegalite/pie")]
    [InlineData("correlation between study hours and grades", "chart-matplotlib/scatter")]
    [InlineData("distribution of exam scores", "chart-plotly/histogram")]
    [InlineData("company org chart", "diagram-graphviz/org chart")]
    [InlineData("project plan with milestones", "diagram-mermaid/gantt")]
    [InlineData("database schema for a library", "diagram-mermaid/er")]
    [InlineData("login flow between browser and server", "diagram-mermaid/sequence")]
    [InlineData("family tree", "diagram-latex/tree")]
    [InlineData("history of the roman empire", "diagram-mermaid/timeline")]
    [InlineData("solve quadratic equations", "math-latex/algebra")]
    [InlineData("probability of rolling dice", "math-latex/probability")]
    [InlineData("derivative of polynomials", "math-latex/calculus")]
    [InlineData("area of a triangle", "graphic-asymptote/triangle")]
    [InlineData("volume of a cylinder", "graphic-asymptote/solid")]
    [InlineData("invoice from a plumber", "document-latex/invoice")]
    [InlineData("resume of a software engineer", "document-latex/resume")]
    [InlineData("blood test results", "document-latex/lab report")]
    [InlineData("wedding menu", "document-html/menu")]
    [InlineData("flight boarding passes", "document-html/boarding pass")]
    [InlineData("chocolate chip cookie recipe", "document-html/recipe card")]
    [InlineData("checking account statement", "document-html/bank statement")]
    [InlineData("app settings screen", "screen-html/settings page")]
    [InlineData("sales analytics dashboard", "screen-html/dashboard")]
    [InlineData("online shopping cart", "screen-html/checkout form")]
    [InlineData("group chat on a phone", "screen-html/chat app")]
    [InlineData("email inbox", "screen-html/email client")]
    [InlineData("point to buttons on a web page", "point-html")]
    [InlineData("campus map", "graphic-svg/map")]
    [InlineData("subway map with stations", "graphic-svg/map")]
    [InlineData("infographic about recycling", "graphic-svg/infographic")]
    [InlineData("guitar chords for a pop song", "music-lilypond/lead sheet with chords")]
    [InlineData("voltage divider", "circuit-latex/voltage divider")]
    [InlineData("inverting op-amp", "circuit-latex/op-amp stage")]
    [InlineData("caffeine molecule with atom numbers", "chemical-rdkit/molecule with atom indices")]
    [InlineData("website conversion funnel", "chart-matplotlib/funnel")]
    [InlineData("quarterly profit bridge", "chart-plotly/waterfall")]
    [InlineData("heat map of website traffic by hour", "chart-plotly/heatmap")]
    [InlineData("box plots of salaries by department", "chart-matplotlib/box")]
    [InlineData("table of olympic medal counts", "table-html")]
    [InlineData("temperature and rainfall climate chart", "chart-matplotlib/dual-axis")]
    [InlineData("certificate of completion", "document-latex/certificate")]
    [InlineData("state machine of a traffic light", "diagram-graphviz/state diagram")]
    [InlineData("mind map for brainstorming", "diagram-mermaid/mindmap")]
    [InlineData("how to troubleshoot a printer flowchart", "diagram-graphviz/flowchart")]
    [InlineData("python package dependencies", "diagram-graphviz/dependency graph")]
    [InlineData("UML class diagram of a zoo", "diagram-mermaid/class")]
    [InlineData("radar chart of player skills", "chart-plotly/radar")]
    [InlineData("Nutrition Facts panels for breakfast cereals", "document-html/nutrition label")]
    [InlineData("receipts from a coffee shop", "document-html/receipt")]
    public void Routes_everyday_phrasing_to_the_expected_target(string query, string expected)
    {
        var target = RouteTarget.Parse(expected);
        var decision = PhraseQueryRouter.Default.Route(query, Everything);

        Assert.True(decision.HasRoute, decision.Explanation);
        var route = Assert.Single(decision.Routes, r => r.Pipeline.Name == target.Pipeline);
        if (target.FigureType is not null)
        {
            Assert.Contains(target.FigureType, route.FigureTypes);
        }

        // The expected pipeline is among the heaviest: nothing else outweighs it.
        Assert.True(route.Weight >= decision.Routes.Max(r => r.Weight) - 1e-9, $"{expected} weighs {route.Weight}; routes: {Describe(decision)}");
        Assert.Equal(1.0, decision.Routes.Sum(r => r.Weight), 2);
    }

    [Fact]
    public void Stock_prices_over_a_year_also_get_line_charts()
    {
        var decision = PhraseQueryRouter.Default.Route("stock prices over a year", Everything);

        Assert.Contains(decision.Routes, r => r.FigureTypes.Contains("candlestick"));
        Assert.Contains(decision.Routes, r => r.FigureTypes.Contains("line"));
        Assert.Contains("stock price", decision.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("asdfgh qwerty")]
    [InlineData("the meaning of life")]
    [InlineData("hello")]
    [InlineData("   ")]
    public void Says_so_when_nothing_fits(string query)
    {
        var decision = PhraseQueryRouter.Default.Route(query, Everything);

        Assert.False(decision.HasRoute);
        Assert.Contains("no pipeline fits", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Routes_only_to_implemented_pipelines_and_says_when_only_unimplemented_ones_fit()
    {
        var decision = PhraseQueryRouter.Default.Route("bar charts of rainfall", name => name == "chart-latex");
        Assert.Equal("chart-latex", Assert.Single(decision.Routes).Pipeline.Name);

        var none = PhraseQueryRouter.Default.Route("sheet music for a lullaby", name => name.StartsWith("chart-", StringComparison.Ordinal));
        Assert.False(none.HasRoute);
        Assert.Contains("unimplemented", none.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Specific_concepts_displace_generic_ones_on_the_same_pipeline()
    {
        var decision = PhraseQueryRouter.Default.Route("resistors in series circuit", Everything);

        var route = Assert.Single(decision.Routes);
        Assert.Equal(["series circuit"], route.FigureTypes);
    }

    [Fact]
    public void Every_vocabulary_target_exists_in_the_catalog()
    {
        foreach (var concept in RouteVocabulary.Concepts)
        {
            Assert.NotEmpty(concept.Targets);
            Assert.NotEmpty(concept.Phrases);
            foreach (var target in concept.Targets)
            {
                var pipeline = PipelineCatalog.Find(target.Pipeline);
                Assert.True(pipeline is not null, $"{concept.Name}: unknown pipeline {target.Pipeline}");
                Assert.True(target.FigureType is null || pipeline.FigureTypes.Contains(target.FigureType), $"{concept.Name}: {target} is not a figure type of {pipeline.Name}");
            }
        }
    }

    [Fact]
    public void Plurals_and_case_fold_to_the_same_words()
    {
        Assert.Equal(["nutrition", "fact", "label"], QueryText.Words("Nutrition FACTS labels"));
        Assert.Equal(["box", "diary", "match"], QueryText.Words("boxes, diaries & matches"));
        Assert.Equal(["status", "analysis"], QueryText.Words("status analysis"));
    }

    private static string Describe(RoutingDecision decision) =>
        string.Join(" | ", decision.Routes.Select(r => $"{r.Pipeline.Name} {r.Weight:0.00} [{string.Join(",", r.FigureTypes)}]")) + " :: " + decision.Explanation;
}
