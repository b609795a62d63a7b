using Cosyn.Rendering.Chromium;
using Cosyn.Rendering.Html;
using Cosyn.Rendering.Mermaid;
using Cosyn.Rendering.Plotly;
using Cosyn.Rendering.VegaLite;

namespace Cosyn.Tests.Rendering.Chromium;

/// <summary>One warm browser per Chromium tool, shared by every test in the collection (launching is the slow part).</summary>
public sealed class ChromiumFixture() : WarmToolFixture(ToolNames.Html, ToolNames.Mermaid, ToolNames.VegaLite, ToolNames.Plotly)
{
    public static ChromiumOptions Options { get; } = new()
    {
        Concurrency = 1,
        WorkRoot = Path.Combine(Path.GetTempPath(), "cosyn-chromium-tests"),
    };

    /// <summary>Short bounds so hostile inputs end quickly.</summary>
    public static RenderOptions Fast { get; } = new() { Timeout = TimeSpan.FromSeconds(5), Width = 800, Scale = 1 };

    public HtmlRenderer Html { get; } = new(Options);

    public MermaidRenderer Mermaid { get; } = new(Options);

    public VegaLiteRenderer VegaLite { get; } = new(Options);

    public PlotlyRenderer Plotly { get; } = new(Options);

    /// <summary>The warm renderer of <paramref name="tool"/>, one of the four Chromium tools.</summary>
    public IRenderer Renderer(string tool) => tool switch
    {
        ToolNames.Html => Html,
        ToolNames.Mermaid => Mermaid,
        ToolNames.VegaLite => VegaLite,
        ToolNames.Plotly => Plotly,
        _ => throw new ArgumentException($"{tool} is not a Chromium tool", nameof(tool)),
    };

    public static RenderRequest Request(string tool, string code, RenderOptions? options = null) => new(tool, code, options ?? Fast);

    protected override IEnumerable<IAsyncDisposable> Started() => [Html, Mermaid, VegaLite, Plotly];
}
