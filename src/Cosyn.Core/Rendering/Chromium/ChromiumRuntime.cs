namespace Cosyn.Rendering.Chromium;

/// <summary>What every tool drawn in the sandboxed Chromium pages needs, before its own browser builds.</summary>
public static class ChromiumRuntime
{
    /// <summary>The browser and the fonts pages fall back to.</summary>
    public static ToolRequirements Requirements { get; } = new()
    {
        AptPackages = ["chromium", "fonts-dejavu-core", "fonts-liberation"],
        Binaries = ["chromium"],
    };

    /// <summary>
    /// A tool whose code is drawn in the warm browsers of <see cref="RenderingSettings.Chromium"/>, in their sandbox,
    /// needing the browser and the browser builds in <paramref name="libraries"/>.
    /// </summary>
    public static ToolDefinition Define(string name, Func<ChromiumOptions, IRenderer> renderer, ToolRequirements libraries) => new()
    {
        Name = name,
        CreateRenderer = settings => renderer(settings.Chromium),
        Sandbox = settings => settings.Chromium.Sandbox,
        Requirements = Requirements.Plus(libraries),
    };
}
