namespace Cosyn.Rendering.Plotly;

/// <summary>A figure as JSON, or why Python could not produce one.</summary>
/// <param name="FigureJson">What <c>fig.to_json()</c> returned, when it worked.</param>
/// <param name="Failure">Why it did not.</param>
public sealed record PlotlyFigureResult(string? FigureJson, RenderFailure? Failure)
{
    public static PlotlyFigureResult Success(string json) => new(json, null);

    public static PlotlyFigureResult Failed(RenderFailure failure) => new(null, failure);
}
