using Cosyn.Routing;
using Microsoft.Extensions.AI;

namespace Cosyn.Tests.Routing;

/// <summary>The model's routing choice is validated against the catalog: repaired once, then invalid parts dropped.</summary>
public sealed class LlmQueryRouterTests
{
    private static readonly Func<string, bool> Everything = _ => true;

    [Fact]
    public async Task A_valid_reply_becomes_normalised_routes()
    {
        var client = new QueuedReplyChatClient("""{"routes": [{"pipeline": "document-html", "figure_types": ["nutrition label"], "weight": 3, "why": "food labels"}, {"pipeline": "table-html", "figure_types": [], "weight": 1, "why": "nutrient tables"}]}""");

        var decision = await new LlmQueryRouter(client).RouteAsync("nutrition fact labels", Everything, CancellationToken.None);

        Assert.Equal(["document-html", "table-html"], decision.Routes.Select(r => r.Pipeline.Name));
        Assert.Equal(0.75, decision.Routes[0].Weight);
        Assert.Equal(["nutrition label"], decision.Routes[0].FigureTypes);
        Assert.Single(client.Requests);
        var system = client.Requests[0][0].Text;
        Assert.Contains("- document-html: document; receipt, nutrition label", system, StringComparison.Ordinal);
        Assert.Contains("Request: nutrition fact labels", client.Requests[0][1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_choice_is_sent_back_with_the_errors_and_the_repair_is_used()
    {
        var client = new QueuedReplyChatClient(
            """{"routes": [{"pipeline": "chart-excel", "figure_types": [], "weight": 1, "why": "x"}, {"pipeline": "chart-plotly", "figure_types": ["ohlc"], "weight": 1, "why": "stocks"}]}""",
            "Sure! ```json\n{\"routes\": [{\"pipeline\": \"chart-plotly\", \"figure_types\": [\"candlestick\"], \"weight\": 1, \"why\": \"stock prices\"}]}\n```");

        var decision = await new LlmQueryRouter(client).RouteAsync("stock prices", Everything, CancellationToken.None);

        var route = Assert.Single(decision.Routes);
        Assert.Equal("chart-plotly", route.Pipeline.Name);
        Assert.Equal(["candlestick"], route.FigureTypes);
        Assert.Equal(2, client.Requests.Count);
        var repair = client.Requests[1][^1].Text;
        Assert.Contains("\"chart-excel\" is not one of the listed pipelines", repair, StringComparison.Ordinal);
        Assert.Contains("chart-plotly has no figure type \"ohlc\"", repair, StringComparison.Ordinal);
        Assert.Equal(ChatRole.Assistant, client.Requests[1][^2].Role);
    }

    [Fact]
    public async Task What_stays_invalid_after_repair_is_dropped_and_said()
    {
        const string Reply = """{"routes": [{"pipeline": "music-lilypond", "figure_types": [], "weight": 1, "why": "lullaby"}, {"pipeline": "music-midi", "figure_types": [], "weight": 1, "why": "x"}]}""";
        var client = new QueuedReplyChatClient(Reply, Reply);

        var decision = await new LlmQueryRouter(client).RouteAsync("lullaby sheet music", Everything, CancellationToken.None);

        Assert.Equal("music-lilypond", Assert.Single(decision.Routes).Pipeline.Name);
        Assert.Equal(1.0, decision.Routes[0].Weight);
        Assert.Contains("dropped after repair", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_implemented_pipelines_are_offered_and_accepted()
    {
        var client = new QueuedReplyChatClient("""{"routes": [{"pipeline": "music-lilypond", "figure_types": [], "weight": 1, "why": "x"}]}""");

        var decision = await new LlmQueryRouter(client, repairAttempts: 0).RouteAsync("lullaby", name => name.StartsWith("chart-", StringComparison.Ordinal), CancellationToken.None);

        Assert.False(decision.HasRoute);
        Assert.DoesNotContain("music-lilypond", client.Requests[0][0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_route_from_the_model_carries_its_reason()
    {
        var client = new QueuedReplyChatClient("""{"routes": [], "no_route_reason": "audio recordings are not images"}""");

        var decision = await new LlmQueryRouter(client).RouteAsync("podcast audio", Everything, CancellationToken.None);

        Assert.False(decision.HasRoute);
        Assert.Contains("audio recordings are not images", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Garbage_twice_is_no_route_not_a_crash()
    {
        var client = new QueuedReplyChatClient("I think charts would be nice.", "{ not json");

        var decision = await new LlmQueryRouter(client).RouteAsync("charts", Everything, CancellationToken.None);

        Assert.False(decision.HasRoute);
        Assert.Contains("not valid JSON", decision.Explanation, StringComparison.Ordinal);
    }
}
