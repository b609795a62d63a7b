using Cosyn.Catalog;
using Cosyn.Routing;
using Xunit.Abstractions;

namespace Cosyn.Tests.Routing;

/// <summary>The embedding router on everyday requests: accuracy over a written test set, fallbacks, refusals, word sense.</summary>
[Collection(RoutingModelGroup.Name)]
public sealed class OfflineQueryRouterTests(RoutingModelFixture model, ITestOutputHelper output)
{
    /// <summary>The share of the everyday requests that must be routed correctly.</summary>
    private const double RequiredAccuracy = 0.95;

    private static readonly Func<string, bool> Everything = _ => true;

    [Fact]
    public void Routes_everyday_requests_correctly()
    {
        var requests = EverydayRequest.All;
        var wrong = new List<string>();
        foreach (var request in requests)
        {
            var decision = model.Router.Route(request.Query, Everything);
            if (!decision.HasRoute || !request.Accepts(decision.Routes[0]))
            {
                wrong.Add($"{request.Query} → {Describe(decision)} (wanted {string.Join(" | ", request.Acceptable)})");
            }
        }

        var accuracy = 1 - ((double)wrong.Count / requests.Count);
        var summary = string.Create(CultureInfo.InvariantCulture, $"offline routing: {requests.Count - wrong.Count}/{requests.Count} everyday requests routed correctly ({accuracy:P1})");
        output.WriteLine(summary);
        Console.WriteLine(summary);
        foreach (var line in wrong)
        {
            output.WriteLine("  " + line);
        }

        Assert.True(requests.Count >= 250, $"only {requests.Count} requests");
        Assert.True(accuracy >= RequiredAccuracy, summary + ":\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void The_test_set_covers_every_catalog_target()
    {
        var uncovered = CatalogTargets().Where(t => !EverydayRequest.All.Any(r => r.Acceptable.Any(p => EverydayRequest.Names(p, t)))).ToList();

        Assert.True(uncovered.Count == 0, "no request accepts " + string.Join(", ", uncovered));
    }

    [Fact]
    public void Every_catalog_target_has_exactly_one_description()
    {
        var described = RouteDescriptions.Entries.SelectMany(d => d.Targets).ToList();

        foreach (var target in CatalogTargets())
        {
            Assert.True(described.Count(t => t == target) == 1, $"{target} is described {described.Count(t => t == target)} times");
        }

        Assert.All(described, t => Assert.True(t.IsRoutable(Everything), $"{t} is not a catalog target"));
        Assert.All(RouteDescriptions.Fallbacks.SelectMany(d => d.Targets), t => Assert.True(t.IsRoutable(Everything), $"fallback {t} is not a catalog pipeline"));
        Assert.All(RouteDescriptions.Entries, d => Assert.True(d.Texts.Count >= 4, $"{d.Name} needs a description and at least three examples"));
    }

    [Theory]
    [InlineData("benzene derivatives", "chemical-rdkit")]
    [InlineData("derivatives of x²", "math-latex")]
    [InlineData("derivative of a polynomial", "math-latex")]
    [InlineData("bar chart of fruit sales", "chart-matplotlib")]
    [InlineData("bar menu of a pub", "document-html")]
    public void The_query_domain_decides_the_sense_of_a_word(string query, string pipeline)
    {
        var decision = model.Router.Route(query, Everything);

        Assert.True(decision.HasRoute, decision.Explanation);
        Assert.Equal(pipeline, decision.Routes[0].Pipeline.Name.StartsWith("chart-", StringComparison.Ordinal) ? "chart-matplotlib" : decision.Routes[0].Pipeline.Name);
    }

    [Theory]
    [InlineData("frequency of word lengths in a novel", "charts and tables")]
    public void A_request_nothing_is_close_to_goes_to_a_general_mix_and_says_so(string query, string mix)
    {
        var decision = model.Router.Route(query, Everything);

        Assert.True(decision.HasRoute, decision.Explanation);
        Assert.Contains("general mix", decision.Explanation, StringComparison.Ordinal);
        Assert.EndsWith(mix, decision.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', decision.Explanation);
        Assert.Equal(1.0, decision.Routes.Sum(r => r.Weight), 2);
    }

    [Fact]
    public void A_vague_but_meaningful_request_is_routed_not_refused()
    {
        // The phrase router refused this ("no pipeline fits"); the issue forbids refusing anything drawable.
        Assert.True(model.Router.Route("the meaning of life", Everything).HasRoute);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("asdfgh qwerty")]
    [InlineData("hello")]
    [InlineData("?!")]
    [InlineData("123 456")]
    public void Refuses_only_empty_or_meaningless_input(string query)
    {
        var decision = model.Router.Route(query, Everything);

        Assert.False(decision.HasRoute);
        Assert.Contains("names nothing to draw", decision.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', decision.Explanation);
    }

    [Fact]
    public void Close_routes_share_the_count_and_the_explanation_names_them()
    {
        var decision = model.Router.Route("stock prices over a year", Everything);

        Assert.Contains(decision.Routes, r => r.FigureTypes.Contains("candlestick"));
        Assert.StartsWith("closest: ", decision.Explanation, StringComparison.Ordinal);
        Assert.Contains("phrase", decision.Explanation, StringComparison.Ordinal);
        Assert.Equal(1.0, decision.Routes.Sum(r => r.Weight), 2);
    }

    [Fact]
    public void Routes_only_to_implemented_pipelines_and_says_when_only_unimplemented_ones_fit()
    {
        var decision = model.Router.Route("bar charts of rainfall", name => name == "chart-latex");
        Assert.Equal("chart-latex", Assert.Single(decision.Routes).Pipeline.Name);

        var none = model.Router.Route("sheet music for a lullaby", name => name.StartsWith("chart-", StringComparison.Ordinal));
        Assert.False(none.HasRoute);
        Assert.Contains("unimplemented", none.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_query_gives_the_same_routes_every_time()
    {
        var first = model.Router.Route("monthly rainfall in Seattle", Everything);
        var again = model.Router.Route("monthly rainfall in Seattle", Everything);

        Assert.Equal(Describe(first), Describe(again));
    }

    private static IEnumerable<RouteTarget> CatalogTargets() =>
        PipelineCatalog.All.SelectMany(p => p.FigureTypes.Select(f => new RouteTarget(p.Name, f)));

    private static string Describe(RoutingDecision decision) =>
        string.Join(" | ", decision.Routes.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Pipeline.Name} {r.Weight:0.00} [{string.Join(",", r.FigureTypes)}]"))) + " :: " + decision.Explanation;
}
