using Cosyn.Engine;
using Cosyn.Rendering;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Cli;

/// <summary>The composition root: the one place that picks implementations for the CLI.</summary>
public static class CosynServices
{
    public static ISynthesizer Synthesizer { get; } = ProceduralSynthesizer.CreateDefault();

    public static IPersonaAssignment Personas(string? file, long seed) => throw new NotImplementedException();

    public static IRendererRegistry CreateRenderers(string outputFolder) => throw new NotImplementedException();

    public static bool IsUserFacing(Exception ex) => false;
}
