namespace Cosyn.Tests.Rendering.Rdkit;

/// <summary>RDKit drawing scripts in the styles models write.</summary>
internal static class Molecules
{
    public const string AspirinMolToImageSave = """
        from rdkit import Chem
        from rdkit.Chem import Draw

        # Aspirin (acetylsalicylic acid)
        smiles = "CC(=O)Oc1ccccc1C(=O)O"
        mol = Chem.MolFromSmiles(smiles)
        img = Draw.MolToImage(mol, size=(500, 400))
        img.save("aspirin.png")
        """;

    public const string CaffeineCairoWriteDrawingText = """
        from rdkit import Chem
        from rdkit.Chem import AllChem
        from rdkit.Chem.Draw import rdMolDraw2D

        mol = Chem.MolFromSmiles("CN1C=NC2=C1C(=O)N(C(=O)N2C)C")
        AllChem.Compute2DCoords(mol)
        drawer = rdMolDraw2D.MolDraw2DCairo(600, 450)
        opts = drawer.drawOptions()
        opts.legendFontSize = 28
        drawer.DrawMolecule(mol, legend="Caffeine")
        drawer.FinishDrawing()
        drawer.WriteDrawingText("/output/caffeine_structure.png")
        """;

    public const string PhenolAtomIndicesOpenWrite = """
        from rdkit import Chem
        from rdkit.Chem.Draw import rdMolDraw2D

        mol = Chem.MolFromSmiles("c1ccccc1O")  # phenol
        d = rdMolDraw2D.MolDraw2DCairo(600, 600)
        d.drawOptions().addAtomIndices = True
        d.drawOptions().annotationFontScale = 0.9
        d.DrawMolecule(mol)
        d.FinishDrawing()
        with open("phenol_indices.png", "wb") as f:
            f.write(d.GetDrawingText())
        """;

    public const string IbuprofenHighlightedAcid = """
        from rdkit import Chem
        from rdkit.Chem import Draw

        ibuprofen = Chem.MolFromSmiles("CC(C)Cc1ccc(cc1)C(C)C(=O)O")
        acid = Chem.MolFromSmarts("C(=O)[OH]")
        match = ibuprofen.GetSubstructMatch(acid)
        image = Draw.MolToImage(ibuprofen, size=(600, 400), highlightAtoms=list(match))
        """;

    public const string GridWithLegends = """
        from rdkit import Chem
        from rdkit.Chem import Draw

        compounds = {
            "Ethanol": "CCO",
            "Benzene": "c1ccccc1",
            "Acetone": "CC(=O)C",
            "Glycine": "NCC(=O)O",
        }
        mols = [Chem.MolFromSmiles(s) for s in compounds.values()]
        grid = Draw.MolsToGridImage(mols, molsPerRow=2, subImgSize=(350, 300), legends=list(compounds.keys()))
        grid.save("/home/user/grid.png")
        """;

    public const string UnfinishedDrawerGlobal = """
        from rdkit import Chem
        from rdkit.Chem.Draw import rdMolDraw2D

        drawer = rdMolDraw2D.MolDraw2DCairo(400, 300)
        drawer.DrawMolecule(Chem.MolFromSmiles("CCN(CC)CC"))
        """;

    public const string InvalidSmiles = """
        from rdkit import Chem
        from rdkit.Chem import Draw

        mol = Chem.MolFromSmiles("C1=CC=CC=C1C(=O")
        img = Draw.MolToImage(mol, size=(300, 300))
        img.save("broken.png")
        """;

    public const string Tiny = "from rdkit import Chem\nfrom rdkit.Chem import Draw\nimg = Draw.MolToImage(Chem.MolFromSmiles('CCO'), size=(300, 300))\n";
}
