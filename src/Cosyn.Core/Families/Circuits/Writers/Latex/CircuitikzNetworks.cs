namespace Cosyn.Families.Circuits.Writers.Latex;

/// <summary>The two-terminal networks: one loop (series, RC, RLC), side-by-side branches (parallel) or a divider with its output port.</summary>
public static class CircuitikzNetworks
{
    private const int Height = 4;

    /// <summary>Source on the left, resistors around the loop clockwise: along the top, down the right side, back along the bottom.</summary>
    public static void Series(CircuitikzDrawing draw, CircuitSpec spec)
    {
        ArgumentNullException.ThrowIfNull(draw);
        ArgumentNullException.ThrowIfNull(spec);
        var parts = spec.Parts;
        var width = parts.Count == 2 ? 4 : 6;
        (int X, int Y)[] corners = parts.Count switch
        {
            2 => [(width, Height), (width, 0)],
            3 => [(3, Height), (width, Height), (width, 0)],
            _ => [(3, Height), (width, Height), (width, 0), (3, 0)],
        };
        var path = string.Concat(parts.Select((p, i) => $" to[{draw.Part(p)}] {Point(corners[i])}"));
        draw.Line($@"\draw {Start(draw)} to[{draw.Source(spec)}] (0,{Height}){path} -- (0,0);");
    }

    /// <summary>Source on the left, one vertical branch per resistor, joined by top and bottom rails with junction dots.</summary>
    public static void Parallel(CircuitikzDrawing draw, CircuitSpec spec)
    {
        ArgumentNullException.ThrowIfNull(draw);
        ArgumentNullException.ThrowIfNull(spec);
        var last = 3 * spec.Parts.Count;
        draw.Line($@"\draw {Start(draw)} to[{draw.Source(spec)}] (0,{Height}) -- ({last},{Height});");
        draw.Line($@"\draw (0,0) -- ({last},0);");
        for (var i = 0; i < spec.Parts.Count; i++)
        {
            var x = 3 * (i + 1);
            var dots = x < last ? ", *-*" : string.Empty;
            draw.Line($@"\draw ({x},{Height}) to[{draw.Part(spec.Parts[i], dots)}] ({x},0);");
        }
    }

    /// <summary>R1 over R2 beside the source; the output port taps the middle node, so V_out is the voltage across R2.</summary>
    public static void Divider(CircuitikzDrawing draw, CircuitSpec spec)
    {
        ArgumentNullException.ThrowIfNull(draw);
        ArgumentNullException.ThrowIfNull(spec);
        draw.Line($@"\draw {Start(draw)} to[{draw.Source(spec)}] (0,{Height}) -- (3,{Height}) to[{draw.Part(spec.Parts[0])}] (3,2) to[{draw.Part(spec.Parts[1])}] (3,0) -- (0,0);");
        OutputPort(draw, 3, 2, 6.5);
    }

    /// <summary>R1 in the top rail, C1 down the right side; the output port is across the capacitor.</summary>
    public static void Rc(CircuitikzDrawing draw, CircuitSpec spec)
    {
        ArgumentNullException.ThrowIfNull(draw);
        ArgumentNullException.ThrowIfNull(spec);
        draw.Line($@"\draw {Start(draw)} to[{draw.Source(spec)}] (0,{Height}) to[{draw.Part(spec.Parts[0])}] (4,{Height}) to[{draw.Part(spec.Parts[1])}] (4,0) -- (0,0);");
        OutputPort(draw, 4, Height, 7.5);
    }

    /// <summary>An AC source driving R1, L1 and C1 in one loop.</summary>
    public static void Rlc(CircuitikzDrawing draw, CircuitSpec spec)
    {
        ArgumentNullException.ThrowIfNull(draw);
        ArgumentNullException.ThrowIfNull(spec);
        draw.Line($@"\draw {Start(draw)} to[{draw.Source(spec)}] (0,{Height}) to[{draw.Part(spec.Parts[0])}] (3,{Height}) to[{draw.Part(spec.Parts[1])}] (6,{Height}) to[{draw.Part(spec.Parts[2])}] (6,0) -- (0,0);");
    }

    // The port sits well right of the part so a combined "C1 = 680 nF" label never meets the V_out arrow.
    private static void OutputPort(CircuitikzDrawing draw, int x, int y, double port)
    {
        var portX = port.ToString(CultureInfo.InvariantCulture);
        draw.Line($@"\draw ({x},{y}) to[short, *-o] ({portX},{y});");
        draw.Line($@"\draw ({x},0) to[short, *-o] ({portX},0);");
        draw.Line($@"\draw ({portX},{y}) to[open, v^=$V_{{\mathrm{{out}}}}$] ({portX},0);");
    }

    private static string Start(CircuitikzDrawing draw) => draw.Theme.GroundedSource ? "(0,0) node[ground]{}" : "(0,0)";

    private static string Point((int X, int Y) p) => string.Create(CultureInfo.InvariantCulture, $"({p.X},{p.Y})");
}
