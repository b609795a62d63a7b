using Cosyn.Families.Mathematics;

namespace Cosyn.Families.Graphics;

/// <summary>What a <c>graphic-svg</c> sample is about: a solved geometry problem, or an infographic, icon panel or map.</summary>
public sealed record SvgSubject
{
    private SvgSubject(MathProblem? problem, GraphicSpec? graphic)
    {
        Problem = problem;
        Graphic = graphic;
    }

    /// <summary>The geometry problem, when the sample is one.</summary>
    public MathProblem? Problem { get; }

    /// <summary>The graphic, when the sample is not a geometry problem.</summary>
    public GraphicSpec? Graphic { get; }

    public static SvgSubject Of(MathProblem problem) => new(problem ?? throw new ArgumentNullException(nameof(problem)), null);

    public static SvgSubject Of(GraphicSpec graphic) => new(null, graphic ?? throw new ArgumentNullException(nameof(graphic)));

    /// <summary>The result of <paramref name="problem"/> or <paramref name="graphic"/>, whichever the subject is.</summary>
    public T Match<T>(Func<MathProblem, T> problem, Func<GraphicSpec, T> graphic)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(graphic);
        return Problem is { } p ? problem(p) : graphic(Graphic!);
    }
}
