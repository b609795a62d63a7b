using Cosyn.Catalog;
using Cosyn.Families.Points.Writers.Html;
using Cosyn.Families.Screens;
using Cosyn.Families.Screens.Writers.Html;

namespace Cosyn.Families.Points;

/// <summary>A pointing sample's figure type and the screen (or, for documents, the checkout the invoice is drawn from) it shows.</summary>
public sealed record PointPlan(string FigureType, ScreenPlan Screen);
