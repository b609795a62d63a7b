namespace Cosyn.Families.Circuits;

/// <summary>The circuit figure types, as the catalog names them.</summary>
public static class CircuitFigureTypes
{
    public const string Series = "series circuit";
    public const string Parallel = "parallel circuit";
    public const string Divider = "voltage divider";
    public const string Rc = "rc circuit";
    public const string Rlc = "rlc circuit";
    public const string OpAmp = "op-amp stage";

    public static IReadOnlyList<string> All { get; } = [Series, Parallel, Divider, Rc, Rlc, OpAmp];
}
