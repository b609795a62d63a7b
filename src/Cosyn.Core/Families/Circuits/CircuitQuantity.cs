namespace Cosyn.Families.Circuits;

/// <summary>A value computed from the schematic, with the working that derives it.</summary>
/// <param name="Noun">How questions name it, e.g. <c>voltage across R2</c>.</param>
/// <param name="Value">In base SI units (or a plain ratio when <paramref name="Unit"/> is empty).</param>
/// <param name="Unit">SI unit symbol, empty for a ratio or gain.</param>
/// <param name="Working">Sentences showing the formula and the arithmetic on the drawn values.</param>
/// <param name="Mistakes">Values a typical slip gives (a forgotten 2π, the wrong resistor), used as wrong options.</param>
public sealed record CircuitQuantity(string Noun, decimal Value, string Unit, string Working, IReadOnlyList<decimal> Mistakes);
