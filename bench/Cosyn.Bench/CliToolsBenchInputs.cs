namespace Cosyn.Bench;

/// <summary>One realistic input per command-line tool, the size the pipelines generate.</summary>
internal static class CliToolsBenchInputs
{
    public static IReadOnlyList<(string Tool, string Code)> All { get; } =
    [
        (ToolNames.Latex, """
            \documentclass[border=10pt]{standalone}
            \usepackage{pgfplots}
            \pgfplotsset{compat=1.18}
            \begin{document}
            \begin{tikzpicture}
            \begin{axis}[ybar, title={Quarterly Sales}, symbolic x coords={Q1,Q2,Q3,Q4}, xtick=data, nodes near coords]
            \addplot coordinates {(Q1,42) (Q2,57) (Q3,38) (Q4,25)};
            \end{axis}
            \end{tikzpicture}
            \end{document}
            """),
        (ToolNames.Graphviz, """
            digraph Order {
              node [shape=box, style=rounded, fontname="Helvetica"];
              start [label="Receive Order"]; check [label="In Stock?", shape=diamond];
              ship [label="Ship Package"]; wait [label="Backorder"];
              start -> check; check -> ship [label="yes"]; check -> wait [label="no"]; wait -> check;
            }
            """),
        (ToolNames.Svg, """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 400">
              <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#bfe3ff"/><stop offset="1" stop-color="#fff"/></linearGradient></defs>
              <rect width="600" height="400" fill="url(#g)"/>
              <text x="40" y="90" font-family="DejaVu Sans" font-size="44" font-weight="bold">Summer Festival</text>
              <polygon points="80,320 420,320 200,140" fill="none" stroke="black" stroke-width="3"/>
            </svg>
            """),
        (ToolNames.Asymptote, """
            size(8cm);
            pair A = (0,0), B = (6,0), C = (2,4);
            draw(A--B--C--cycle, linewidth(1));
            label("$A$", A, SW); label("$B$", B, SE); label("$C$", C, N);
            label("$6$ cm", (A+B)/2, S);
            """),
        (ToolNames.Lilypond, """
            \version "2.24.1"
            \header { title = "Harvest Morning" tagline = ##f }
            \relative c' { \key g \major \time 3/4 d4 g a | b2 a4 | g4 e d | g2. | b4 c d | e2 d4 | c4 a fis | g2. \bar "|." }
            \addlyrics { Gold -- en fields a -- wake, the sun is ri -- sing o -- ver hills and shin -- ing streams }
            """),
    ];
}
