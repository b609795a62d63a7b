using Cosyn.Rendering.Targets;

namespace Cosyn.Synthesis.Procedural;

/// <summary>
/// A procedural pipeline whose samples are CoSyn-point rows: after the render, it writes pointing questions whose
/// answers are the measured boxes of the elements its code marked with <c>data-point-target</c>.
/// </summary>
public interface IPointingPipeline : IProceduralPipeline
{
    /// <summary>Questions and answer points from <paramref name="targets"/> (boxes in final-image pixels); empty when no target was measured.</summary>
    PointingSet WritePoints(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, RenderTargets targets, SeededRandom random);
}
