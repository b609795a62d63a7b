using Cosyn.Families.Chemistry;
using Cosyn.Families.Chemistry.Writers.Rdkit;
using Cosyn.Tests.Families.Charts;

namespace Cosyn.Tests.Families.Chemistry;

/// <summary>Generated SMILES, RDKit drawing code and QA for fixed seeds, compared with reviewed files (COSYN_UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class ChemicalRdkitGoldenTests
{
    public static TheoryData<string, long, string> Cases => new()
    {
        { "molecule-3", 3, ChemicalFigureTypes.Molecule },
        { "indices-4", 4, ChemicalFigureTypes.AtomIndices },
        { "highlight-5", 5, ChemicalFigureTypes.GroupHighlight },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_MatchesGoldenFile(string name, long seed, string figureType) =>
        GoldenFile.AssertMatches("chemical-rdkit", $"{name}.txt", ChartSamples.Describe(RoutedSamples.Make(new ChemicalRdkitPipeline(), seed, figureType)));
}
