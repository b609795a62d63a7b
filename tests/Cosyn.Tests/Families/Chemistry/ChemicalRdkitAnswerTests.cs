using Cosyn.Families.Chemistry;
using Cosyn.Families.Chemistry.Writers.Rdkit;
using Cosyn.Tests.Families.Chemistry.Checking;

namespace Cosyn.Tests.Families.Chemistry;

/// <summary>The C# SMILES reader agrees with RDKit on every catalog compound, and every molecule answer agrees with RDKit.</summary>
public sealed class ChemicalRdkitAnswerTests
{
    private static readonly ChemicalRdkitPipeline Pipeline = new();

    /// <summary>What RDKit computes for every catalog compound (one Python run per test process).</summary>
    internal static readonly Lazy<RdkitFacts> Facts = new(() => RdkitFacts.For(MoleculeCatalog.Default.Compounds.Select(c => c.Smiles)));

    [Fact]
    public void Catalog_HasAtLeast150CompoundsAcrossDomains()
    {
        var compounds = MoleculeCatalog.Default.Compounds;
        Assert.True(compounds.Count >= 150, $"{compounds.Count} compounds");
        Assert.True(compounds.Select(c => c.Category).Distinct().Count() >= 10);
        Assert.Equal(compounds.Count, compounds.Select(c => c.Name).Distinct().Count());
    }

    [Fact]
    public void EveryCatalogCompound_ParsesToWhatRdkitComputes()
    {
        var problems = new List<string>();
        foreach (var compound in MoleculeCatalog.Default.Compounds)
        {
            var rdkit = Facts.Value[compound.Smiles];
            var molecule = SmilesParser.Parse(compound.Smiles);
            var facts = new MoleculeFacts(molecule);
            var groups = FunctionalGroups.Find(molecule);
            void Same<T>(string what, T ours, T theirs)
            {
                if (!EqualityComparer<T>.Default.Equals(ours, theirs))
                {
                    problems.Add($"{compound.Name} ({compound.Smiles}): {what} {ours} vs RDKit {theirs}");
                }
            }

            Same("formula", facts.Formula, rdkit.Formula);
            Same("catalog formula", compound.Formula, rdkit.Formula);
            Same("mass", Math.Round(facts.MolarMass, 3), Math.Round((decimal)rdkit.Mass, 3));
            Same("catalog mass", compound.MolarMass, Math.Round((decimal)rdkit.Mass, 3));
            Same("heavy atoms", facts.HeavyAtoms, rdkit.Heavy);
            Same("rings", facts.Rings, rdkit.Rings);
            Same("aromatic rings", facts.AromaticRings, rdkit.AromaticRings);
            Same("NH/OH", facts.HydrogensOnNitrogenOrOxygen, rdkit.NhOh);
            Same("N+O", facts.NitrogenAndOxygen, rdkit.NitrogenOxygen);
            Same("elements", string.Join(",", facts.ElementCounts.OrderBy(e => e.Key, StringComparer.Ordinal)), string.Join(",", rdkit.Counts.OrderBy(e => e.Key, StringComparer.Ordinal)));
            Same("symbols", string.Join(",", molecule.Atoms.Select(a => a.Element)), string.Join(",", rdkit.Symbols));
            Same("groups", Describe(groups.ToDictionary(g => g.Key, g => g.Value.ToArray())), Describe(rdkit.Groups));
            Same("catalog groups", string.Join(",", compound.FunctionalGroups.Order(StringComparer.Ordinal)), string.Join(",", rdkit.Groups.Keys.Order(StringComparer.Ordinal)));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
    }

    [Fact]
    public void QueryAndPersona_SteerTheCompound()
    {
        Assert.All(Enumerable.Range(0, 10), seed => Assert.Equal("pesticide", ((ChemicalSpec)RoutedSamples.Make(Pipeline, seed, query: "pesticide structures").Data.Model).Compound.Category));
        var pharmacist = Enumerable.Range(0, 40).Select(seed => ((ChemicalSpec)RoutedSamples.Make(Pipeline, seed, persona: "A hospital pharmacist who reviews drug interactions").Data.Model).Compound.Category).ToList();
        Assert.True(pharmacist.Count(c => c is "drug" or "hormone" or "vitamin") >= 28, string.Join(", ", pharmacist));
    }

    private static string Describe(Dictionary<string, int[]> groups) =>
        string.Join("; ", groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {string.Join(",", g.Value.Order())}"));
}
