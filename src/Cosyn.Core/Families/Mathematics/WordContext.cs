namespace Cosyn.Families.Mathematics;

/// <summary>One domain's everyday material for word problems: people, things to buy, trips and things drawn from a bag.</summary>
public sealed record WordContext(
    IReadOnlyList<string> People,
    IReadOnlyList<(string Name, int MinPrice, int MaxPrice)> Items,
    IReadOnlyList<(string Activity, string SpeedUnit, int MinSpeed, int MaxSpeed)> Trips,
    IReadOnlyList<(string Noun, string[] Colors)> Tokens);
