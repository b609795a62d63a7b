namespace Cosyn.Families.Circuits;

/// <summary>The topic stage's choices handed to the data stage.</summary>
/// <param name="FigureType">One of <see cref="CircuitFigureTypes"/>.</param>
/// <param name="Title">The schematic's title.</param>
/// <param name="Inverting">For an op-amp stage, whether the amplifier inverts (the title names it).</param>
public sealed record CircuitPlan(string FigureType, string Title, bool Inverting);
