using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Circuits.Writers.Latex;

/// <summary>
/// Writes a standalone circuitikz document for a <see cref="CircuitSpec"/>: every part labelled with its designator and
/// its value (siunitx), the source voltage printed, a title above, and the look drawn from a random theme.
/// </summary>
public sealed class CircuitikzWriter : ThemedCodeWriter<CircuitSpec, CircuitikzTheme>
{
    protected override CircuitikzTheme PickTheme(CircuitSpec spec, SeededRandom random) => CircuitikzThemes.Pick(random);

    protected override string Write(CircuitSpec spec, CircuitikzTheme theme, SeededRandom random)
    {
        var tex = new LatexSource();
        tex.Line(@"\documentclass[border=12pt]{standalone}");
        tex.Line(@"\usepackage[T1]{fontenc}");
        tex.Line(@"\input{glyphtounicode}");
        tex.Line(@"\pdfgentounicode=1");
        tex.Line(@"\usepackage{lmodern}");
        foreach (var line in theme.FontPackages)
        {
            tex.Line(line);
        }

        tex.Line(@"\usepackage{siunitx}");
        tex.Line(@"\usepackage[siunitx]{circuitikz}");
        tex.Line($@"\ctikzset{{bipoles/length={theme.BipoleLength}}}");
        tex.Blank();
        tex.Line(@"\begin{document}");
        tex.Line($@"\begin{{circuitikz}}[{theme.Symbols}, {theme.LineWidth}, color={theme.Ink}]");
        var draw = new CircuitikzDrawing(tex, theme);
        switch (spec.FigureType)
        {
            case CircuitFigureTypes.Series:
                CircuitikzNetworks.Series(draw, spec);
                break;
            case CircuitFigureTypes.Parallel:
                CircuitikzNetworks.Parallel(draw, spec);
                break;
            case CircuitFigureTypes.Divider:
                CircuitikzNetworks.Divider(draw, spec);
                break;
            case CircuitFigureTypes.Rc:
                CircuitikzNetworks.Rc(draw, spec);
                break;
            case CircuitFigureTypes.Rlc:
                CircuitikzNetworks.Rlc(draw, spec);
                break;
            default:
                CircuitikzOpAmp.Draw(draw, spec);
                break;
        }

        // Placed last so it centres over whatever the network drew.
        tex.Line($@"  \node[{theme.TitleStyle}, anchor=south, yshift=6pt] at (current bounding box.north) {{{LatexText.Escape(spec.Title)}}};");
        tex.Line(@"\end{circuitikz}");
        tex.Line(@"\end{document}");
        return tex.ToString();
    }
}
