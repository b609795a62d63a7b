using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Diagrams.Writers.Latex;

/// <summary>
/// A TikZ timeline: evenly spaced dots on an arrow with the year under each dot, events alternating above and below
/// (so neighbours on one side are two slots apart and cannot overlap); or a vertical line with years left and events right.
/// </summary>
internal static class TikzTimelineCode
{
    public static string Write(TimelineDiagram timeline, SeededRandom random)
    {
        var text = new StringBuilder();
        text.Append(@"\begin{tikzpicture}[").Append('\n');
        text.Append("    every node/.style={font=\\small},\n");
        text.Append("    event/.style={rectangle, rounded corners=2pt, draw=nodeline, fill=nodefill, thick, text width=2.6cm, align=center, inner sep=4pt},\n");
        text.Append("    year/.style={font=\\small\\bfseries, text=arrowline},\n");
        text.Append("    dot/.style={circle, fill=accent, draw=nodeline, thick, minimum size=").Append(random.Next(2, 4) * 1.5 + 1).Append("mm, inner sep=0pt},\n");
        text.Append("]\n");
        var count = timeline.Events.Count;
        if (random.Chance(0.6))
        {
            var step = 3.0;
            text.Append("  \\draw[-{Latex[length=3mm]}, line width=1.5pt, draw=arrowline] (-0.8,0) -- (").Append(F(((count - 1) * step) + 0.8)).Append(",0);\n");
            for (var i = 0; i < count; i++)
            {
                var item = timeline.Events[i];
                var x = F(i * step);
                var above = i % 2 == 0;
                text.Append("  \\node[dot] (e").Append(i + 1).Append(") at (").Append(x).Append(",0) {};\n");
                text.Append("  \\node[year, ").Append(above ? "below" : "above").Append("=1mm of e").Append(i + 1).Append("] {").Append(item.Year.ToString(CultureInfo.InvariantCulture)).Append("};\n");
                text.Append("  \\node[event, anchor=").Append(above ? "south" : "north").Append("] (l").Append(i + 1).Append(") at (").Append(x).Append(above ? ",0.9" : ",-0.9").Append(") {").Append(LatexText.Escape(item.Label)).Append("};\n");
                text.Append("  \\draw[arrowline, thin] (e").Append(i + 1).Append(") -- (l").Append(i + 1).Append(");\n");
            }
        }
        else
        {
            var step = 1.5;
            text.Append("  \\draw[-{Latex[length=3mm]}, line width=1.5pt, draw=arrowline] (0,0.6) -- (0,").Append(F(-((count - 1) * step) - 0.8)).Append(");\n");
            for (var i = 0; i < count; i++)
            {
                var item = timeline.Events[i];
                var y = F(-i * step);
                text.Append("  \\node[dot] (e").Append(i + 1).Append(") at (0,").Append(y).Append(") {};\n");
                text.Append("  \\node[year, left=3mm of e").Append(i + 1).Append("] {").Append(item.Year.ToString(CultureInfo.InvariantCulture)).Append("};\n");
                text.Append("  \\node[event, right=5mm of e").Append(i + 1).Append(", text width=4.2cm] {").Append(LatexText.Escape(item.Label)).Append("};\n");
            }
        }

        text.Append(TikzWriter.Title(timeline.Title, random));
        return text.Append(@"\end{tikzpicture}").Append('\n').ToString();
    }

    private static string F(double value) => value.ToString("0.0#", CultureInfo.InvariantCulture);
}
