using System.Diagnostics;
using System.Text.Json.Serialization;

namespace Cosyn.Tests.Families.Chemistry.Checking;

/// <summary>
/// The chemistry oracle: RDKit itself (system Python), asked once for a batch of SMILES. Its functional-group SMARTS are
/// restated here, so a change to the production table cannot silently move the goalposts.
/// </summary>
internal sealed class RdkitFacts
{
    private const string Script = """
        import json, sys
        from rdkit import Chem
        from rdkit.Chem import Descriptors, rdMolDescriptors, Lipinski
        GROUPS = {
            "carboxylic acid": "[CX3](=O)[OX2H1]", "ester": "[#6][CX3](=O)[OX2H0][#6]", "amide": "[NX3][CX3]=[OX1]",
            "aldehyde": "[CX3H1](=O)[#6]", "ketone": "[#6][CX3](=O)[#6]", "alcohol": "[OX2H][CX4]", "phenol": "[OX2H]c",
            "amine": "[NX3;+0;!a;!$(N=*);!$(N#*);!$(N[#6]=[O,S,N]);!$(N[S,P]=O);!$(N[N,O])]",
            "ether": "[OX2H0;+0;!a;!$(O[#6]=[O,S,N])]([#6])[#6]", "nitrile": "[NX1]#[CX2]", "nitro": "[N+](=O)[O-]",
            "halide": "[F,Cl,Br,I]", "alkene": "[CX3]=[CX3]", "alkyne": "C#C", "thiol": "[SX2H]",
        }
        out = {}
        for smiles in json.load(sys.stdin):
            m = Chem.MolFromSmiles(smiles)
            counts = {}
            for a in m.GetAtoms():
                counts[a.GetSymbol()] = counts.get(a.GetSymbol(), 0) + 1
                if a.GetTotalNumHs():
                    counts["H"] = counts.get("H", 0) + a.GetTotalNumHs()
            groups = {}
            for name, smarts in GROUPS.items():
                atoms = sorted({i for match in m.GetSubstructMatches(Chem.MolFromSmarts(smarts)) for i in match})
                if atoms:
                    groups[name] = atoms
            out[smiles] = {
                "counts": counts, "heavy": m.GetNumHeavyAtoms(), "rings": rdMolDescriptors.CalcNumRings(m),
                "aromatic_rings": rdMolDescriptors.CalcNumAromaticRings(m), "formula": rdMolDescriptors.CalcMolFormula(m),
                "mass": Descriptors.MolWt(m), "nhoh": Lipinski.NHOHCount(m), "no": Lipinski.NOCount(m), "groups": groups,
                "symbols": [a.GetSymbol() for a in m.GetAtoms()], "degrees": [a.GetDegree() for a in m.GetAtoms()],
            }
        json.dump(out, sys.stdout)
        """;

    private readonly Dictionary<string, Fact> _facts;

    private RdkitFacts(Dictionary<string, Fact> facts) => _facts = facts;

    public Fact this[string smiles] => _facts[smiles];

    /// <summary>Facts for every SMILES, computed by one RDKit process.</summary>
    public static RdkitFacts For(IEnumerable<string> smiles)
    {
        var info = new ProcessStartInfo("/usr/bin/python3", ["-c", Script]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        process.StandardInput.Write(JsonSerializer.Serialize(smiles.Distinct().ToList()));
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "RDKit facts failed: " + error.Result);
        return new RdkitFacts(JsonSerializer.Deserialize<Dictionary<string, Fact>>(output)!);
    }

    /// <summary>What RDKit says about one molecule.</summary>
    internal sealed record Fact(
        [property: JsonPropertyName("counts")] Dictionary<string, int> Counts,
        [property: JsonPropertyName("heavy")] int Heavy,
        [property: JsonPropertyName("rings")] int Rings,
        [property: JsonPropertyName("aromatic_rings")] int AromaticRings,
        [property: JsonPropertyName("formula")] string Formula,
        [property: JsonPropertyName("mass")] double Mass,
        [property: JsonPropertyName("nhoh")] int NhOh,
        [property: JsonPropertyName("no")] int NitrogenOxygen,
        [property: JsonPropertyName("groups")] Dictionary<string, int[]> Groups,
        [property: JsonPropertyName("symbols")] string[] Symbols,
        [property: JsonPropertyName("degrees")] int[] Degrees);
}
