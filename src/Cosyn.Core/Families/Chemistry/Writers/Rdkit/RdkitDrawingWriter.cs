using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Chemistry.Writers.Rdkit;

/// <summary>
/// Writes RDKit drawing code in the MolDraw2DCairo idiom: the SMILES hard-coded, 2D coordinates computed, drawing
/// options from a random theme, atom indices or a SMARTS-matched functional group highlighted when the figure type asks,
/// the compound's name as the legend, and the PNG written with WriteDrawingText.
/// </summary>
public sealed class RdkitDrawingWriter : ThemedCodeWriter<ChemicalSpec, RdkitTheme>
{
    protected override RdkitTheme PickTheme(ChemicalSpec spec, SeededRandom random) => RdkitThemes.Pick(random);

    protected override string Write(ChemicalSpec spec, RdkitTheme t, SeededRandom random)
    {
        var lines = new List<string>
        {
            "from rdkit import Chem",
            "from rdkit.Chem import rdDepictor",
            "from rdkit.Chem.Draw import rdMolDraw2D",
            string.Empty,
            $"# {spec.Legend} ({spec.Compound.Category})",
            $"smiles = {Str(spec.Compound.Smiles)}",
            "mol = Chem.MolFromSmiles(smiles)",
            $"rdDepictor.SetPreferCoordGen({(t.CoordGen ? "True" : "False")})",
            "rdDepictor.Compute2DCoords(mol)",
            string.Empty,
            $"drawer = rdMolDraw2D.MolDraw2DCairo({t.Width}, {t.Height})",
            "options = drawer.drawOptions()",
            $"options.bondLineWidth = {Num(t.BondLineWidth)}",
            $"options.baseFontSize = {Num(t.BaseFontSize)}",
            $"options.legendFontSize = {t.LegendFontSize}",
            "options.legendFraction = 0.12",
            "options.padding = 0.08",
        };
        if (t.Palette != "default")
        {
            lines.Add(t.Palette switch
            {
                "bw" => "options.useBWAtomPalette()",
                "avalon" => "options.useAvalonAtomPalette()",
                _ => "options.useCDKAtomPalette()",
            });
        }

        if (t.Background is not null)
        {
            lines.Add($"options.setBackgroundColour({t.Background})");
        }

        if (t.Rotate != 0)
        {
            lines.Add($"options.rotate = {t.Rotate}");
        }

        if (t.ExplicitMethyl)
        {
            lines.Add("options.explicitMethyl = True");
        }

        if (t.FixedBondLength)
        {
            lines.Add($"options.fixedBondLength = {Math.Min(t.Width, t.Height) / 12}");
        }

        if (spec.FigureType == ChemicalFigureTypes.AtomIndices)
        {
            lines.Add("options.addAtomIndices = True");
            lines.Add("options.annotationFontScale = 0.75");
        }

        lines.Add(string.Empty);
        if (spec.HighlightGroup is { } group)
        {
            var variable = group.Replace(' ', '_');
            lines.Add($"# Highlight every {group} group (all SMARTS matches)");
            lines.Add($"{variable} = Chem.MolFromSmarts({Str(MoleculeCatalog.Default.GroupSmarts[group])})");
            lines.Add($"atoms = sorted({{i for match in mol.GetSubstructMatches({variable}) for i in match}})");
            lines.Add("bonds = [b.GetIdx() for b in mol.GetBonds() if b.GetBeginAtomIdx() in atoms and b.GetEndAtomIdx() in atoms]");
            lines.Add($"colour = {t.Highlight}");
            lines.Add($"drawer.DrawMolecule(mol, legend={Str(spec.Legend)}, highlightAtoms=atoms, highlightBonds=bonds,");
            lines.Add("                    highlightAtomColors={i: colour for i in atoms}, highlightBondColors={i: colour for i in bonds})");
        }
        else
        {
            lines.Add($"drawer.DrawMolecule(mol, legend={Str(spec.Legend)})");
        }

        lines.Add("drawer.FinishDrawing()");
        lines.Add($"drawer.WriteDrawingText({Str(FileName(spec.Compound.Name))})");
        return string.Join('\n', lines) + "\n";
    }

    private static string FileName(string name) =>
        string.Concat(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')).Trim('_') + ".png";

    private static string Str(string text) => PythonSyntax.Str(text);

    private static string Num(double value) => value.ToString("0.0##", CultureInfo.InvariantCulture);
}
