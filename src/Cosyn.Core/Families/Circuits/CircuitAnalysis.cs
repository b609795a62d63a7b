using static Cosyn.Families.Circuits.CircuitText;

namespace Cosyn.Families.Circuits;

/// <summary>
/// Everything a question may ask that follows from the drawn values: Ohm's law, series and parallel combinations, the
/// divider rule, RC and RLC formulas and ideal op-amp gain. Resistive arithmetic is exact (decimal); formulas with π, a
/// square root or e use double precision.
/// </summary>
public static class CircuitAnalysis
{
    public static IReadOnlyList<CircuitQuantity> Quantities(CircuitSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.FigureType switch
        {
            CircuitFigureTypes.Series => Series(spec),
            CircuitFigureTypes.Parallel => Parallel(spec),
            CircuitFigureTypes.Divider => Divider(spec),
            CircuitFigureTypes.Rc => Rc(spec),
            CircuitFigureTypes.Rlc => Rlc(spec),
            _ => OpAmp(spec),
        };
    }

    private static List<CircuitQuantity> Series(CircuitSpec spec)
    {
        var v = spec.SourceVolts;
        var rs = spec.Parts;
        var total = rs.Sum(r => r.Value);
        var current = v / total;
        var sum = $"In series the resistances add: R_total = {string.Join(" + ", rs.Select(r => r.Label))} = {Show(total, "Ω")}.";
        var ohm = $"{sum} By Ohm's law I = V1 / R_total = {Show(v, "V")} / {Show(total, "Ω")} = {Show(current, "A")}.";
        var result = new List<CircuitQuantity>
        {
            new("total resistance of the circuit", total, "Ω", sum, [rs.Max(r => r.Value), total - rs[0].Value]),
            new("current through the circuit", current, "A", ohm, [v / rs[0].Value, v / rs[^1].Value]),
            new("total power delivered by the source", v * current, "W", $"{ohm} The source delivers P = V1 × I = {Show(v, "V")} × {Show(current, "A")} = {Show(v * current, "W")}.", [v * v / rs[0].Value]),
        };
        foreach (var r in rs)
        {
            var drop = current * r.Value;
            result.Add(new($"voltage across {r.Id}", drop, "V", $"{ohm} The voltage across {r.Id} is V = I × {r.Id} = {Show(current, "A")} × {r.Label} = {Show(drop, "V")}.", [v - drop, v * rs[0].Value / total]));
            result.Add(new($"power dissipated by {r.Id}", current * drop, "W", $"{ohm} {r.Id} dissipates P = I² × {r.Id} = ({Show(current, "A")})² × {r.Label} = {Show(current * drop, "W")}.", [v * v / r.Value, drop * drop]));
        }

        return result;
    }

    private static List<CircuitQuantity> Parallel(CircuitSpec spec)
    {
        var v = spec.SourceVolts;
        var rs = spec.Parts;
        var conductance = rs.Sum(r => 1 / r.Value);
        var equivalent = 1 / conductance;
        var total = rs.Sum(r => v / r.Value);
        var eq = $"In parallel the conductances add: 1/R_eq = {string.Join(" + ", rs.Select(r => $"1/{r.Label}"))} = {Plain(conductance * 1000)} mS, so R_eq = {Show(equivalent, "Ω")}.";
        var branches = $"Each resistor has the full {Show(v, "V")} across it, so the branch currents are {string.Join(", ", rs.Select(r => $"{r.Id}: {Show(v, "V")} / {r.Label} = {Show(v / r.Value, "A")}"))}.";
        var result = new List<CircuitQuantity>
        {
            new("equivalent resistance of the parallel resistors", equivalent, "Ω", eq, [rs.Sum(r => r.Value), rs.Min(r => r.Value)]),
            new("total current supplied by the source", total, "A", $"{branches} The source supplies their sum, {Show(total, "A")} (equivalently V1 / R_eq).", [v / rs.Sum(r => r.Value), v / rs.Max(r => r.Value)]),
            new("total power delivered by the source", v * total, "W", $"{branches} The total current is {Show(total, "A")}, so P = V1 × I = {Show(v, "V")} × {Show(total, "A")} = {Show(v * total, "W")}.", [v * v / rs.Sum(r => r.Value)]),
        };
        foreach (var r in rs)
        {
            var current = v / r.Value;
            result.Add(new($"current through {r.Id}", current, "A", $"{r.Id} is connected directly across the source, so I = V1 / {r.Id} = {Show(v, "V")} / {r.Label} = {Show(current, "A")}.", [total, v / rs.Sum(x => x.Value)]));
            result.Add(new($"power dissipated by {r.Id}", v * current, "W", $"{r.Id} has the full {Show(v, "V")} across it, so P = V1² / {r.Id} = ({Show(v, "V")})² / {r.Label} = {Show(v * current, "W")}.", [current * current, v * total]));
        }

        return result;
    }

    private static List<CircuitQuantity> Divider(CircuitSpec spec)
    {
        var v = spec.SourceVolts;
        var (r1, r2) = (spec.Parts[0], spec.Parts[1]);
        var total = r1.Value + r2.Value;
        var current = v / total;
        var ratio = r2.Value / total;
        var rule = $"By the divider rule Vout = V1 × R2 / (R1 + R2) = {Show(v, "V")} × {r2.Label} / ({r1.Label} + {r2.Label}) = {Show(v * ratio, "V")}.";
        var flow = $"R1 and R2 are in series, so the current is I = V1 / (R1 + R2) = {Show(v, "V")} / {Show(total, "Ω")} = {Show(current, "A")}.";
        return
        [
            new("output voltage Vout", v * ratio, "V", rule, [v * r1.Value / total, v - (v * r1.Value / total / 2)]),
            new("voltage across R1", v * r1.Value / total, "V", $"The voltage across R1 is V1 × R1 / (R1 + R2) = {Show(v, "V")} × {r1.Label} / {Show(total, "Ω")} = {Show(v * r1.Value / total, "V")}.", [v * ratio, v / 2]),
            new("current through the divider", current, "A", flow, [v / r1.Value, v / r2.Value]),
            new("divider ratio Vout/V1", ratio, string.Empty, $"The ratio is R2 / (R1 + R2) = {r2.Label} / {Show(total, "Ω")} = {Plain(ratio)}.", [r1.Value / total, r2.Value / r1.Value]),
            new("total resistance of the divider", total, "Ω", $"R1 and R2 are in series: {r1.Label} + {r2.Label} = {Show(total, "Ω")}.", [r1.Value * r2.Value / total]),
            new("power dissipated by R2", current * current * r2.Value, "W", $"{flow} R2 dissipates P = I² × R2 = ({Show(current, "A")})² × {r2.Label} = {Show(current * current * r2.Value, "W")}.", [v * v / r2.Value]),
        ];
    }

    private static List<CircuitQuantity> Rc(CircuitSpec spec)
    {
        var v = spec.SourceVolts;
        var (r, c) = (spec.Parts[0], spec.Parts[1]);
        var tau = r.Value * c.Value;
        var tauText = $"τ = R1 × C1 = {r.Label} × {c.Label} = {Show(tau, "s")}.";
        var cutoff = Exact(1 / (2 * Math.PI * (double)tau));
        var charged = Exact((double)v * (1 - Math.Exp(-1)));
        return
        [
            new("time constant of the circuit", tau, "s", tauText, [tau * 2, tau / 2]),
            new("cutoff frequency of the RC filter", cutoff, "Hz", $"{tauText} The cutoff frequency is f_c = 1 / (2π R1 C1) = 1 / (2π × {Show(tau, "s")}) = {Show(cutoff, "Hz")}.", [Exact(1 / (double)tau), cutoff * 2]),
            new("initial charging current", v / r.Value, "A", $"At switch-on the uncharged C1 acts as a short, so I0 = V1 / R1 = {Show(v, "V")} / {r.Label} = {Show(v / r.Value, "A")}.", [v / r.Value / 2, v * c.Value * 1000]),
            new("voltage across C1 one time constant after the source is connected to the uncharged capacitor", charged, "V", $"V_C(t) = V1 × (1 − e^(−t/τ)); at t = τ this is {Show(v, "V")} × (1 − e^(−1)) = {Show(v, "V")} × 0.6321 = {Show(charged, "V")}.", [Exact((double)v * Math.Exp(-1)), v / 2]),
            new("time for C1 to charge to about 99% (five time constants)", 5 * tau, "s", $"{tauText} Five time constants are 5 × {Show(tau, "s")} = {Show(5 * tau, "s")}.", [tau, 3 * tau]),
        ];
    }

    private static List<CircuitQuantity> Rlc(CircuitSpec spec)
    {
        var v = spec.SourceVolts;
        var (r, l, c) = (spec.Parts[0], spec.Parts[1], spec.Parts[2]);
        var (rd, ld, cd) = ((double)r.Value, (double)l.Value, (double)c.Value);
        var resonance = Exact(1 / (2 * Math.PI * Math.Sqrt(ld * cd)));
        var characteristic = Exact(Math.Sqrt(ld / cd));
        var q = Exact(Math.Sqrt(ld / cd) / rd);
        var bandwidth = Exact(rd / (2 * Math.PI * ld));
        var f0 = $"The resonant frequency is f0 = 1 / (2π √(L1 × C1)) = 1 / (2π √({l.Label} × {c.Label})) = {Show(resonance, "Hz")}.";
        return
        [
            new("resonant frequency of the circuit", resonance, "Hz", f0, [Exact(1 / Math.Sqrt(ld * cd)), resonance * 2]),
            new("current at resonance", v / r.Value, "A", $"At resonance the reactances of L1 and C1 cancel, leaving only R1: I = V1 / R1 = {Show(v, "V")} / {r.Label} = {Show(v / r.Value, "A")} (RMS).", [v / (r.Value + characteristic), v / r.Value / 2]),
            new("quality factor Q of the circuit", q, string.Empty, $"Q = (1 / R1) × √(L1 / C1) = (1 / {r.Label}) × √({l.Label} / {c.Label}) = {Show(characteristic, "Ω")} / {r.Label} = {Plain(q)}.", [1 / q, q * 2]),
            new("bandwidth of the circuit", bandwidth, "Hz", $"The −3 dB bandwidth is B = R1 / (2π L1) = {r.Label} / (2π × {l.Label}) = {Show(bandwidth, "Hz")}.", [Exact(rd / ld), bandwidth * 2]),
            new("reactance of L1 at resonance", characteristic, "Ω", $"{f0} X_L = 2π f0 L1, which at resonance equals √(L1 / C1) = √({l.Label} / {c.Label}) = {Show(characteristic, "Ω")}.", [characteristic * 2, characteristic / 2]),
        ];
    }

    private static List<CircuitQuantity> OpAmp(CircuitSpec spec)
    {
        var vin = spec.SourceVolts;
        var (first, rf) = (spec.Parts[0], spec.Parts[1]);
        var ratio = rf.Value / first.Value;
        var gain = spec.Inverting ? -ratio : 1 + ratio;
        var gainText = spec.Inverting
            ? $"For an inverting amplifier the gain is −Rf / Rin = −{rf.Label} / {first.Label} = {Plain(gain)}."
            : $"For a non-inverting amplifier the gain is 1 + Rf / Rg = 1 + {rf.Label} / {first.Label} = {Plain(gain)}.";
        var current = vin / first.Value;
        var currentText = spec.Inverting
            ? $"The inverting input is a virtual ground, so I = Vin / Rin = {Show(vin, "V")} / {first.Label} = {Show(current, "A")}."
            : $"The inverting input follows Vin ({Show(vin, "V")}), so I = Vin / Rg = {Show(vin, "V")} / {first.Label} = {Show(current, "A")}.";
        return
        [
            new("voltage gain of the stage", gain, string.Empty, gainText, spec.Inverting ? [ratio, -(1 + ratio)] : [ratio, -ratio]),
            new("output voltage Vout", gain * vin, "V", $"{gainText} Vout = gain × Vin = {Plain(gain)} × {Show(vin, "V")} = {Show(gain * vin, "V")}.", spec.Inverting ? [ratio * vin, -(1 + ratio) * vin] : [ratio * vin, vin]),
            new($"current through {first.Id}", current, "A", currentText, [vin / rf.Value, current * 2]),
            new("current through Rf", current, "A", $"{currentText} No current enters the op-amp input, so the same current flows through Rf: {Show(current, "A")}.", [vin / rf.Value, gain * vin / rf.Value * 2]),
        ];
    }

    private static decimal Exact(double value) => (decimal)value;
}
