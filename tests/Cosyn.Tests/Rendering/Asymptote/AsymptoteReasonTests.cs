using Cosyn.Tests.Rendering.CliTools;

namespace Cosyn.Tests.Rendering.Asymptote;

/// <summary>"shipout failed" says why: the first TeX or Ghostscript error behind it.</summary>
public sealed class AsymptoteReasonTests() : CliRendererTests(ToolNames.Asymptote, typeof(AsymptoteSamples))
{
    [Fact]
    public Task Render_LabelAtAbsurdCoordinate_ReasonNamesTheTexError() =>
        AssertReasonAsync("size(3cm);\ndraw((0,0)--(1,1));\nlabel(\"x\", (1e30, 1e30));\n", RenderFailureKind.Runtime, "runtime: shipout failed (in plain_shipout.asy): TeX Number too big.");

    [Fact]
    public Task Render_PostScriptDivisionByZero_ReasonNamesTheGhostscriptError() =>
        AssertReasonAsync("settings.outformat=\"pdf\";\nsize(3cm);\ndraw((0,0)--(1,1));\npostscript(\"1 0 div\");\n", RenderFailureKind.Runtime, "runtime: shipout failed (in plain_shipout.asy): Ghostscript /undefinedresult in --div--");
}
