using Cosyn.Rendering.CliTools;

namespace Cosyn.Rendering.Graphviz;

/// <summary>Graphviz: DOT source through dot -Tpng in a sandbox per job.</summary>
public static class GraphvizTool
{
    /// <summary>The tool's name in metadata and on the command line.</summary>
    public const string Name = "graphviz";

    /// <summary>The tool's definition, listed by <see cref="ToolRegistry"/>.</summary>
    public static ToolDefinition Definition { get; } =
        CliTool.Define(Name, tools => tools.Graphviz, options => new GraphvizRenderer(options),
            new ToolRequirements { AptPackages = ["graphviz"], Binaries = ["dot"] }.Plus(PdfLayout.Requirements));
}
