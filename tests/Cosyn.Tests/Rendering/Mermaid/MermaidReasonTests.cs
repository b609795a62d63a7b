using Cosyn.Tests.Rendering.Chromium;

namespace Cosyn.Tests.Rendering.Mermaid;

/// <summary>A Mermaid parse error's reason says what the parser expected and what it found, on one line.</summary>
[Collection(ChromiumTests.Name)]
public sealed class MermaidReasonTests(ChromiumFixture fixture)
{
    [Fact]
    public async Task Render_UnclosedShape_ReasonNamesExpectedAndFoundTokens()
    {
        var result = await fixture.Mermaid.RenderAsync(ChromiumFixture.Request(ToolNames.Mermaid, "flowchart LR\n  A[Start] --> B{Decide\n  B --> C\n"), CancellationToken.None);

        Assert.Equal(RenderFailureKind.Syntax, result.Failure?.Kind);
        Assert.DoesNotContain('\n', result.Failure!.Message);
        Assert.Matches(@"^Parse error on line \d+: .*expecting '.+, got '.+'$", result.Failure.Message);
    }
}
