using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Diagrams.Writers.Latex;

/// <summary>A standalone LaTeX document with one TikZ picture (or forest tree) and its title above it.</summary>
public sealed class TikzWriter : ThemedCodeWriter<Diagram, TikzTheme>
{
    protected override TikzTheme PickTheme(Diagram diagram, SeededRandom random) => random.Pick(TikzThemes.All);

    protected override string Write(Diagram diagram, TikzTheme theme, SeededRandom random)
    {
        var doc = new StringBuilder();
        doc.Append(@"\documentclass[border=14pt]{standalone}").Append('\n');
        doc.Append(@"\usepackage[T1]{fontenc}").Append('\n').Append(@"\usepackage[utf8]{inputenc}").Append('\n');
        foreach (var line in theme.FontPackages)
        {
            doc.Append(line).Append('\n');
        }

        doc.Append(@"\usepackage{tikz}").Append('\n');
        doc.Append(@"\usetikzlibrary{positioning, shapes.geometric, arrows.meta, calc}").Append('\n');
        if (diagram.Kind == DiagramFigureTypes.Tree)
        {
            doc.Append(@"\usepackage[edges]{forest}").Append('\n');
        }

        doc.Append(@"\definecolor{nodefill}{HTML}{").Append(theme.Fill).Append("}\n");
        doc.Append(@"\definecolor{nodeline}{HTML}{").Append(theme.Border).Append("}\n");
        doc.Append(@"\definecolor{accent}{HTML}{").Append(theme.Accent).Append("}\n");
        doc.Append(@"\definecolor{arrowline}{HTML}{").Append(theme.Line).Append("}\n\n");
        doc.Append(@"\begin{document}").Append('\n');
        // Labels wrap at word boundaries only: a hyphenated label is harder to read and to search for.
        doc.Append(@"\hyphenpenalty=10000").Append('\n').Append(@"\exhyphenpenalty=10000").Append('\n');
        doc.Append(diagram switch
        {
            GraphDiagram tree when tree.Kind == DiagramFigureTypes.Tree => TikzTreeCode.Write(tree, random),
            GraphDiagram process when process.Kind == DiagramFigureTypes.ProcessDiagram => TikzProcessCode.Write(process, random),
            GraphDiagram flow => TikzFlowchartCode.Write(flow, random),
            TimelineDiagram timeline => TikzTimelineCode.Write(timeline, random),
            _ => throw new InvalidOperationException($"no TikZ form for {diagram.Kind}"),
        });
        doc.Append(@"\end{document}").Append('\n');
        return doc.ToString();
    }

    /// <summary>The title node placed above everything drawn so far.</summary>
    public static string Title(string title, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var font = random.Pick([@"\Large\bfseries", @"\LARGE", @"\Large\scshape", @"\large\bfseries"]);
        return $"  \\node[anchor=south, font={font}, text=arrowline] at ([yshift=6mm]current bounding box.north) {{{LatexText.Escape(title)}}};\n";
    }
}
