using Cosyn.Families.Screens;

namespace Cosyn.Families.Points;

/// <summary>A pointing sample's figure type and the screen (or, for documents, the checkout the invoice is drawn from) it shows.</summary>
public sealed record PointPlan(string FigureType, ScreenPlan Screen);
