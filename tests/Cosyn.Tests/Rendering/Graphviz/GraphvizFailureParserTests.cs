using Cosyn.Rendering.Graphviz;

namespace Cosyn.Tests.Rendering.Graphviz;

public sealed class GraphvizFailureParserTests
{
    [Fact]
    public void Classify_WarningsOnlyAndExitZero_IsSuccess() =>
        Assert.Null(GraphvizFailureParser.Classify("graphviz", 0, "Warning: No or improper image=\"/etc/passwd\" for node \"a\"\n"));

    [Fact]
    public void Classify_SyntaxError_StripsSourcePrefix()
    {
        var failure = GraphvizFailureParser.Classify("graphviz", 1, "Error: graph.gv: syntax error in line 4 near '->'\n")!;

        Assert.Equal(RenderFailureKind.Syntax, failure.Kind);
        Assert.Equal("syntax error in line 4 near '->'", failure.Message);
    }

    [Fact]
    public void Classify_Segfault_IsRuntimeCrash() =>
        Assert.StartsWith("dot crashed (signal 11)", GraphvizFailureParser.Classify("graphviz", 139, "")!.Message, StringComparison.Ordinal);

    [Fact]
    public void Classify_OutOfMemory_IsMemory() =>
        Assert.Equal(RenderFailureKind.Memory, GraphvizFailureParser.Classify("graphviz", 1, "Error: out of memory\n")!.Kind);
}
