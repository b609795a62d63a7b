namespace Cosyn.Families.Screens.Model;

/// <summary>A KPI dashboard: cards with the current value, the previous period's value, the change and a sparkline trend.</summary>
public sealed record DashboardScreen(string Screen, string App, string Title, string Period, IReadOnlyList<DashboardKpi> Kpis) : IScreen;
