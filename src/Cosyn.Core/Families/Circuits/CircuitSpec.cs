namespace Cosyn.Families.Circuits;

/// <summary>A circuit as drawn: figure type, title, the source (DC, AC or the op-amp input) and the parts in drawing order.</summary>
/// <param name="FigureType">One of <see cref="CircuitFigureTypes"/>.</param>
/// <param name="Title">Title printed above the schematic.</param>
/// <param name="SourceVolts">Source voltage (RMS for an AC source; the input voltage of an op-amp stage).</param>
/// <param name="Parts">Resistors, capacitors and inductors, in the order they are drawn.</param>
/// <param name="Inverting">For an op-amp stage: inverting (true) or non-inverting (false).</param>
/// <param name="SupplyVolts">For an op-amp stage: the symmetric supply rails.</param>
public sealed record CircuitSpec(string FigureType, string Title, decimal SourceVolts, IReadOnlyList<CircuitPart> Parts, bool Inverting = false, decimal SupplyVolts = 0)
{
    public bool IsAc => FigureType == CircuitFigureTypes.Rlc;

    public CircuitPart Part(string id) => Parts.First(p => p.Id == id);

    public IEnumerable<CircuitPart> Resistors => Parts.Where(p => p.Kind == CircuitPart.Resistor);
}
