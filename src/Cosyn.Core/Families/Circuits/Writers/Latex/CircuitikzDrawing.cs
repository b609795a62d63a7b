using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Circuits.Writers.Latex;

/// <summary>The document being written plus label helpers that follow the theme (separate or combined name and value).</summary>
public sealed class CircuitikzDrawing(LatexSource tex, CircuitikzTheme theme)
{
    public CircuitikzTheme Theme => theme;

    /// <summary>Appends one line inside the circuitikz environment.</summary>
    public void Line(string line) => tex.Line("  " + line);

    /// <summary>The <c>to[...]</c> options of a part: its symbol, designator and value.</summary>
    public string Part(CircuitPart part, string extra = "")
    {
        ArgumentNullException.ThrowIfNull(part);
        var symbol = part.Kind switch
        {
            CircuitPart.Capacitor => "C",
            CircuitPart.Inductor => "L",
            _ => "R",
        };
        return $"{symbol}, {Labels(Symbol(part.Id), SiQuantity.Latex(part.Value, part.Unit))}{extra}";
    }

    /// <summary>The <c>to[...]</c> options of the source: DC battery-style or sinusoidal, positive terminal upwards.</summary>
    public string Source(CircuitSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var value = SiQuantity.Latex(spec.SourceVolts, "V");
        return spec.IsAc ? $"sV, {Labels("V_1", value, "~RMS")}" : $"V, {Labels("V_1", value)}, invert";
    }

    /// <summary>Math for a designator: <c>R1</c> becomes <c>R_{1}</c>, <c>Rin</c> becomes <c>R_{\mathrm{in}}</c>.</summary>
    public static string Symbol(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var index = id[1..];
        return index.Length > 1 && char.IsLetter(index[0]) ? $@"{id[0]}_{{\mathrm{{{index}}}}}" : $"{id[0]}_{{{index}}}";
    }

    // A text suffix (e.g. "~RMS") stays outside math so it keeps the text font.
    private string Labels(string symbol, string value, string suffix = "") =>
        theme.CombinedLabels ? $"l={{${symbol} = {value}${suffix}}}" : $"l=${symbol}$, a={{{value}{suffix}}}";
}
