namespace Cosyn.Tests.Rendering.Chromium;

/// <summary>
/// A library tool's failure reason is one line that names what went wrong: Mermaid's expected and found tokens,
/// Vega-Lite's failing expression, and the advice a dumped spec would push past the length cap.
/// </summary>
[Collection(ChromiumTests.Name)]
public sealed class ChromiumReasonTests(ChromiumFixture fixture)
{
    public static TheoryData<string, string, RenderFailureKind, string> Reasons => new()
    {
        { ToolNames.Mermaid, "flowchart LR\n  A[Start] --> B{Decide\n  B --> C\n", RenderFailureKind.Syntax, @"^Parse error on line \d+: .*expecting '.+, got '.+'$" },
        {
            ToolNames.VegaLite,
            """{"data": {"values": [{"rain": 12}]}, "transform": [{"calculate": "datum.rain +* 2", "as": "double"}], "mark": "point", "encoding": {"x": {"field": "double", "type": "quantitative"}}}""",
            RenderFailureKind.Syntax,
            ReasonPattern.Exactly("Vega-Lite: Unexpected token * in expression \"datum.rain +* 2\"")
        },
        {
            ToolNames.VegaLite,
            LargeSpecWithoutMark(),
            RenderFailureKind.Syntax,
            ReasonPattern.StartingWith("Vega-Lite: Invalid specification: Make sure the specification includes at least one of the following properties: \"mark\"")
        },
    };

    [Theory]
    [MemberData(nameof(Reasons))]
    public async Task Render_FailingSource_ReasonIsOneLineSayingWhy(string tool, string code, RenderFailureKind kind, string reason)
    {
        var result = await fixture.Renderer(tool).RenderAsync(ChromiumFixture.Request(tool, code), CancellationToken.None);

        Assert.Equal(kind, result.Failure?.Kind);
        Assert.DoesNotContain('\n', result.Failure!.Message);
        Assert.Matches(reason, result.Failure.Message);
    }

    private static string LargeSpecWithoutMark()
    {
        var rows = string.Join(", ", Enumerable.Range(1, 60).Select(i => $$"""{"month": {{i}}, "rain": {{i * 3}}}"""));
        return """{"data": {"values": [""" + rows + """]}, "encoding": {"x": {"field": "month", "type": "ordinal"}}}""";
    }
}
