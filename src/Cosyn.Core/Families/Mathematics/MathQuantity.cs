namespace Cosyn.Families.Mathematics;

/// <summary>A named value of a problem: a given (stated or labelled) or a computed step of the solution.</summary>
/// <param name="Key">Short symbol, e.g. <c>AC</c> or <c>discount</c>; unique in the problem.</param>
/// <param name="Label">What it is in words, e.g. <c>length of the hypotenuse AC</c>; unique in the problem.</param>
/// <param name="Value">The exact value.</param>
/// <param name="Unit">Unit as written after the number (<c>cm</c>, <c>cm²</c>, <c>°</c>, <c>$</c>), empty when none.</param>
/// <param name="Given">True for values the problem or figure states.</param>
/// <param name="Work">For a computed value, the working that produces it; for a given, where it is stated.</param>
public sealed record MathQuantity(string Key, string Label, ExactValue Value, string Unit, bool Given, string Work);
