using Cosyn.Rendering.Images;

namespace Cosyn.Rendering.CliTools;

/// <summary>The definition every sandboxed command-line tool shares: its options section gives both renderer and sandbox.</summary>
public static class CliTool
{
    /// <summary>
    /// A tool run per job with the options <paramref name="options"/> picks out of <see cref="CliToolsSettings"/>;
    /// its sandbox is the one of those same options.
    /// </summary>
    public static ToolDefinition Define(
        string name, Func<CliToolsSettings, CliToolOptions> options, Func<CliToolOptions, IRenderer> renderer, ToolRequirements requirements) =>
        Define(name, options, (tool, _) => renderer(tool), requirements);

    /// <summary>As the other overload, for a renderer that also reads other sections of <see cref="CliToolsSettings"/>.</summary>
    public static ToolDefinition Define(
        string name,
        Func<CliToolsSettings, CliToolOptions> options,
        Func<CliToolOptions, CliToolsSettings, IRenderer> renderer,
        ToolRequirements requirements) => new()
    {
        Name = name,
        CreateRenderer = settings => renderer(options(settings.CliTools), settings.CliTools),
        Sandbox = settings => options(settings.CliTools).Sandbox,
        // Every command-line tool draws line art and text on a white page (formulas, diagrams, scores, graphs).
        ImagePolicy = ImagePolicy.LineArt,
        Requirements = requirements,
    };
}
