using Cosyn.Engine;
using Cosyn.Rendering;
using Cosyn.Synthesis;
using Cosyn.Hosting;

namespace Cosyn.Cli;

/// <summary>The composition root: the one place that picks implementations for the CLI.</summary>
public static class CosynServices
{
    public static ISynthesizer Synthesizer => CosynDefaults.Synthesizer;

    public static IPersonaAssignment Personas(string? file, long seed) => throw new NotImplementedException();

    public static IRendererRegistry CreateRenderers(int concurrency) => CosynDefaults.CreateRenderers(concurrency);

    public static bool IsUserFacing(Exception ex) => false;
}
