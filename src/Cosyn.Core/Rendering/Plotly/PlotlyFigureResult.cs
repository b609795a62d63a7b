namespace Cosyn.Rendering.Plotly;

/// <summary>A built Plotly figure as <c>fig.to_json()</c> text, or why it could not be built.</summary>
/// <param name="FigureJson">The figure JSON (data, layout, frames) when the code ran.</param>
/// <param name="Failure">Why not, otherwise.</param>
public sealed record PlotlyFigureResult(string? FigureJson, RenderFailure? Failure)
{
    public static PlotlyFigureResult Success(string json) => new(json, null);

    public static PlotlyFigureResult Failed(RenderFailure failure) => new(null, failure);
}
