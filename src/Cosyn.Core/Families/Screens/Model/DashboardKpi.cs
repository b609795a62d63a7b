namespace Cosyn.Families.Screens.Model;

/// <summary>One KPI card. <see cref="ChangePercent"/> is (value - previous) / previous, rounded to one decimal as the card shows it.</summary>
public sealed record DashboardKpi(string Name, string Unit, int Decimals, decimal Value, decimal Previous, decimal ChangePercent, IReadOnlyList<decimal> Trend);
