namespace Cosyn.Families.Circuits.Writers.Latex;

/// <summary>One schematic look: symbol conventions, fonts, ink colour, stroke, part size and how labels are set.</summary>
/// <param name="Symbols">circuitikz style keys, e.g. <c>american</c> or <c>european voltages, american resistors</c>.</param>
/// <param name="FontPackages">Preamble lines choosing the text font.</param>
/// <param name="Ink">xcolor expression for wires and parts.</param>
/// <param name="TitleStyle">TikZ node options for the title.</param>
/// <param name="LineWidth">Stroke option.</param>
/// <param name="BipoleLength">circuitikz <c>bipoles/length</c>: the drawn size of every two-terminal part.</param>
/// <param name="CombinedLabels">Name and value in one label (<c>R1 = 4.7 kΩ</c>) instead of a label and an annotation.</param>
/// <param name="GroundedSource">Whether the source's negative terminal carries a ground symbol.</param>
public sealed record CircuitikzTheme(
    string Symbols,
    IReadOnlyList<string> FontPackages,
    string Ink,
    string TitleStyle,
    string LineWidth,
    string BipoleLength,
    bool CombinedLabels,
    bool GroundedSource);
