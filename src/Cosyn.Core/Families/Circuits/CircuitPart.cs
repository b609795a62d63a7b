namespace Cosyn.Families.Circuits;

/// <summary>One labelled part: <paramref name="Id"/> as drawn (R1, Rf, C1), its kind and its value in base SI units.</summary>
/// <param name="Id">Designator, e.g. <c>R2</c> or <c>Rin</c>.</param>
/// <param name="Kind">resistor, capacitor or inductor.</param>
/// <param name="Value">Ohms, farads or henries.</param>
public sealed record CircuitPart(string Id, string Kind, decimal Value)
{
    public const string Resistor = "resistor";
    public const string Capacitor = "capacitor";
    public const string Inductor = "inductor";

    /// <summary>The SI unit symbol of the part's value.</summary>
    public string Unit => Kind switch
    {
        Capacitor => "F",
        Inductor => "H",
        _ => "Ω",
    };

    /// <summary>The value as a label reads, e.g. <c>4.7 kΩ</c>.</summary>
    public string Label => SiQuantity.Format(Value, Unit);
}
