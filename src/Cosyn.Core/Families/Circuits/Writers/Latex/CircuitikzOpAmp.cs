namespace Cosyn.Families.Circuits.Writers.Latex;

/// <summary>
/// Inverting or non-inverting op-amp stage: the input terminal labelled with its voltage, the feedback resistor looped
/// around the amplifier on the side of the inverting input, the supply rails marked, and the output terminal V_out.
/// </summary>
public static class CircuitikzOpAmp
{
    public static void Draw(CircuitikzDrawing draw, CircuitSpec spec)
    {
        ArgumentNullException.ThrowIfNull(draw);
        ArgumentNullException.ThrowIfNull(spec);
        var input = $@"node[left]{{$V_{{\mathrm{{in}}}} = {SiQuantity.Latex(spec.SourceVolts, "V")}$}}";
        var output = @"to[short, *-o] ++(1.2,0) node[right]{$V_{\mathrm{out}}$}";
        var (first, feedback) = (spec.Parts[0], spec.Parts[1]);
        if (spec.Inverting)
        {
            // Input resistor into the inverting input (on top), the non-inverting input grounded, feedback arched over the top.
            draw.Line(@"\node[op amp, anchor=-] (oa) at (3.5,2) {};");
            draw.Line($@"\draw (oa.-) to[{draw.Part(first)}] ++(-3,0) to[short, -o] ++(-0.5,0) {input};");
            draw.Line(@"\draw (oa.+) -- ++(0,-0.5) node[ground]{};");
            draw.Line($@"\draw (oa.-) to[short, *-] ++(0,2.2) coordinate(t) to[{draw.Part(feedback)}] (t -| oa.out) -- (oa.out) {output};");
        }
        else
        {
            // Signal straight into the non-inverting input (on top); Rf and Rg hang below from the inverting input.
            draw.Line(@"\node[op amp, noinv input up, anchor=+] (oa) at (3.5,2) {};");
            draw.Line($@"\draw (oa.+) to[short, -o] ++(-3,0) {input};");
            draw.Line($@"\draw (oa.-) -- ++(0,-1.8) coordinate(b) to[{draw.Part(feedback, ", *-")}] (b -| oa.out) -- (oa.out) {output};");
            draw.Line($@"\draw (b) to[{draw.Part(first)}] ++(0,-2.2) node[ground]{{}};");
        }

        var rail = SiQuantity.Number(spec.SupplyVolts);
        draw.Line($@"\draw (oa.up) -- ++(0,0.3) node[above right=-2pt]{{\small $+\qty{{{rail}}}{{\volt}}$}};");
        draw.Line($@"\draw (oa.down) -- ++(0,-0.3) node[below right=-2pt]{{\small $-\qty{{{rail}}}{{\volt}}$}};");
    }
}
