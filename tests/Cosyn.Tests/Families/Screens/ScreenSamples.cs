using Cosyn.Synthesis.Procedural;

namespace Cosyn.Tests.Families.Screens;

/// <summary>Makes screen-html and point-html samples the way the engine does: one seeded generator per stage.</summary>
internal static class ScreenSamples
{
    private static readonly FamilySamples Family = new("Screens");

    public static string[] Personas => Family.Personas;

    public static IProceduralPipeline Pipeline(string name) => FamilySamples.Pipeline(name);

    public static ProceduralSample Make(string pipelineName, long seed, string? figureType = null, string? persona = null, string? query = null) =>
        Family.Make(pipelineName, seed, figureType, persona, query);
}
