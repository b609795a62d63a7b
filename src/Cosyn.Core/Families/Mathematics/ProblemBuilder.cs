using Cosyn.Families.Graphics.Geometry;

namespace Cosyn.Families.Mathematics;

/// <summary>Collects a problem's givens and solution steps in order, so families read like the worked solution they produce.</summary>
public sealed class ProblemBuilder(string kind, string subject)
{
    private readonly List<MathQuantity> _quantities = [];

    /// <summary>A value the problem states (or the figure labels).</summary>
    public ExactValue Given(string key, string label, ExactValue value, string unit = "")
    {
        _quantities.Add(new MathQuantity(key, label, value, unit, true, $"The {label} is given as {MathFormat.WithUnit(value, unit)}."));
        return value;
    }

    /// <summary>A computed step, with the working that shows how.</summary>
    public ExactValue Step(string key, string label, ExactValue value, string unit, string work)
    {
        _quantities.Add(new MathQuantity(key, label, value, unit, false, work));
        return value;
    }

    public MathProblem Build(string title, string statement, IReadOnlyList<string> answerKeys, GeometryFigure? figure = null) =>
        new(kind, subject, title, statement, [.. _quantities], answerKeys, figure);
}
