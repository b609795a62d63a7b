namespace Cosyn.Tests.Families.Circuits.Checking;

/// <summary>The checker's circuit analysis: each quantity a question can name, in base SI units, from the parsed netlist.</summary>
internal static class CircuitNouns
{
    public static double Value(CheckerCircuit c, string noun)
    {
        var v = c.Source;
        var rs = c.ResistorIds.Select(id => c[id]).ToList();
        var series = rs.Sum();
        var conductance = rs.Sum(r => 1 / r);
        Match m;
        switch (c.Configuration, noun)
        {
            case ("series", "total resistance of the circuit"):
            case ("voltage divider", "total resistance of the divider"):
                return series;
            case ("series", "current through the circuit"):
            case ("voltage divider", "current through the divider"):
                return v / series;
            case ("series", "total power delivered by the source"):
                return v * v / series;
            case ("parallel", "total power delivered by the source"):
                return v * v * conductance;
            case ("parallel", "equivalent resistance of the parallel resistors"):
                return 1 / conductance;
            case ("parallel", "total current supplied by the source"):
                return v * conductance;
            case ("voltage divider", "output voltage Vout"):
                return v * c["R2"] / series;
            case ("voltage divider", "divider ratio Vout/V1"):
                return c["R2"] / series;
            case ("series RC low-pass", "time constant of the circuit"):
                return c["R1"] * c["C1"];
            case ("series RC low-pass", "cutoff frequency of the RC filter"):
                return 1 / (2 * Math.PI * c["R1"] * c["C1"]);
            case ("series RC low-pass", "initial charging current"):
                return v / c["R1"];
            case ("series RC low-pass", "voltage across C1 one time constant after the source is connected to the uncharged capacitor"):
                return v * (1 - (1 / Math.E));
            case ("series RC low-pass", "time for C1 to charge to about 99% (five time constants)"):
                return 5 * c["R1"] * c["C1"];
            case ("series RLC", "resonant frequency of the circuit"):
                return 1 / (2 * Math.PI * Math.Sqrt(c["L1"] * c["C1"]));
            case ("series RLC", "current at resonance"):
                return v / c["R1"];
            case ("series RLC", "quality factor Q of the circuit"):
                return Math.Sqrt(c["L1"] / c["C1"]) / c["R1"];
            case ("series RLC", "bandwidth of the circuit"):
                return c["R1"] / (2 * Math.PI * c["L1"]);
            case ("series RLC", "reactance of L1 at resonance"):
                var f0 = 1 / (2 * Math.PI * Math.Sqrt(c["L1"] * c["C1"]));
                return 2 * Math.PI * f0 * c["L1"];
            case ("inverting amplifier", "voltage gain of the stage"):
                return -c["Rf"] / c["Rin"];
            case ("non-inverting amplifier", "voltage gain of the stage"):
                return 1 + (c["Rf"] / c["Rg"]);
            case ("inverting amplifier", "output voltage Vout"):
                return -c["Rf"] / c["Rin"] * v;
            case ("non-inverting amplifier", "output voltage Vout"):
                return (1 + (c["Rf"] / c["Rg"])) * v;
            case ("inverting amplifier", "current through Rin" or "current through Rf"):
                return v / c["Rin"];
            case ("non-inverting amplifier", "current through Rg" or "current through Rf"):
                return v / c["Rg"];
        }

        if ((m = Regex.Match(noun, @"^voltage across (?<id>R\d)$")).Success && c.Configuration is "series" or "voltage divider")
        {
            return v * c[m.Groups["id"].Value] / series;
        }

        if ((m = Regex.Match(noun, @"^power dissipated by (?<id>R\d)$")).Success)
        {
            var r = c[m.Groups["id"].Value];
            return c.Configuration == "parallel" ? v * v / r : Math.Pow(v / series, 2) * r;
        }

        if ((m = Regex.Match(noun, @"^current through (?<id>R\d)$")).Success && c.Configuration == "parallel")
        {
            return v / c[m.Groups["id"].Value];
        }

        throw new InvalidOperationException($"unknown quantity '{noun}' for a {c.Configuration}");
    }
}
