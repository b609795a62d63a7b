using Cosyn.Tests.Testing.Checking;

namespace Cosyn.Tests.Families.Chemistry.Checking;

/// <summary>
/// An independent oracle for molecule QA: RDKit's view of the <c>data</c> SMILES, plus the legend and highlight the
/// drawing code shows. It parses each question, answers from RDKit and reports disagreements; no production code is used.
/// </summary>
public static class ChemicalAnswerChecker
{
    /// <summary>The unanswerable answer, restated here on purpose rather than referenced.</summary>
    public const string NotAnswerable = "The molecule drawing does not provide this information.";

    private static readonly Dictionary<string, string> Elements = new(StringComparer.Ordinal)
    {
        ["hydrogen"] = "H",
        ["boron"] = "B",
        ["carbon"] = "C",
        ["nitrogen"] = "N",
        ["oxygen"] = "O",
        ["fluorine"] = "F",
        ["phosphorus"] = "P",
        ["sulfur"] = "S",
        ["chlorine"] = "Cl",
        ["bromine"] = "Br",
        ["iodine"] = "I",
    };

    private static readonly string[] Summaries = ["Summarize the molecule shown.", "Describe the structure in the drawing.", "Write a short summary of this molecule."];

    /// <summary>Null when <paramref name="qa"/> is right; otherwise what is wrong.</summary>
    internal static string? Check(RdkitFacts.Fact fact, string code, QaPair qa)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(qa);
        try
        {
            var lines = qa.Question.Split('\n');
            if (lines.Length > 1)
            {
                return lines[0] is "Which of these functional groups does the molecule contain?" or "Which functional group is present in this molecule?"
                    ? CheckGroupChoice(fact, lines, qa.Answer)
                    : ChoiceAnswers.Check(lines, qa.Answer, stem => Solve(fact, code, stem));
            }

            if (Summaries.Contains(qa.Question))
            {
                var start = $"This molecule drawing shows {Legend(code)} ({fact.Formula}, {Math.Round(fact.Mass, 3).ToString("0.###", CultureInfo.InvariantCulture)} g/mol): {fact.Heavy} heavy atoms";
                return qa.Answer.StartsWith(start, StringComparison.Ordinal) && fact.Groups.Keys.All(g => qa.Answer.Contains(g, StringComparison.Ordinal))
                    ? null : $"summary should start '{start}' and name {string.Join(", ", fact.Groups.Keys)}: {qa.Answer}";
            }

            var expected = Solve(fact, code, qa.Question);
            return expected == qa.Answer ? null : $"expected '{expected}' but got '{qa.Answer}' for: {qa.Question}";
        }
        catch (InvalidOperationException ex)
        {
            return $"{ex.Message} for: {qa.Question}";
        }
    }

    // Several groups can be present, so exactly one option may name a present group, and it must be the answer.
    private static string? CheckGroupChoice(RdkitFacts.Fact fact, string[] lines, string answer)
    {
        var options = lines.Skip(1).Select(l => Regex.Match(l, @"^(?<k>[A-D])\. (?<v>.+)$")).ToList();
        var present = options.Where(o => fact.Groups.ContainsKey(o.Groups["v"].Value)).Select(o => o.Groups["k"].Value).ToList();
        return present.Count == 1 && present[0] == answer ? null : $"expected one present group among the options, answered {answer}: {string.Join(" | ", lines)}";
    }

    private static string Solve(RdkitFacts.Fact f, string code, string q)
    {
        Match m;
        string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        int Count(string element) => f.Counts.GetValueOrDefault(element);
        if ((m = Regex.Match(q, @"^(?:How many (?<e>\w+) atoms does the molecule contain\?|How many (?<e>\w+) atoms are in this molecule\?|Count the (?<e>\w+) atoms in the structure\. How many are there\?)$")).Success)
        {
            return N(Count(Elements[m.Groups["e"].Value]));
        }

        if ((m = Regex.Match(q, @"^(?:Which element is atom|What element does atom index) (?<i>\d+)(?: belong to)?\?$")).Success)
        {
            return f.Symbols[int.Parse(m.Groups["i"].Value, CultureInfo.InvariantCulture)];
        }

        if ((m = Regex.Match(q, @"^(?:How many heavy atoms is atom (?<i>\d+) bonded to\?|How many non-hydrogen neighbours does atom (?<i>\d+) have\?)$")).Success)
        {
            return N(f.Degrees[int.Parse(m.Groups["i"].Value, CultureInfo.InvariantCulture)]);
        }

        if ((m = Regex.Match(q, @"^(?:What is the index of the (?<e>\w+) atom\?|Which atom index is the molecule's only (?<e>\w+) atom\?)$")).Success)
        {
            var symbol = Elements[m.Groups["e"].Value];
            var indices = f.Symbols.Select((s, i) => (s, i)).Where(x => x.s == symbol).ToList();
            return indices.Count == 1 ? N(indices[0].i) : throw new InvalidOperationException($"{indices.Count} {symbol} atoms");
        }

        if ((m = Regex.Match(q, @"^(?:Does the molecule contain an? (?<g>[\w ]+) group\?|Is there an? (?<g>[\w ]+) group in this molecule\?)$")).Success)
        {
            return f.Groups.ContainsKey(m.Groups["g"].Value) ? "Yes" : "No";
        }

        if ((m = Regex.Match(q, @"^(?:Does the molecule contain more than|Are there more than) (?<n>\d+) carbon atoms(?: in the molecule)?\?$")).Success)
        {
            return Count("C") > int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) ? "Yes" : "No";
        }

        var highlighted = Regex.Match(code, @"# Highlight every (?<g>[\w ]+) group").Groups["g"].Value;
        return q switch
        {
            "How many hydrogen atoms does the molecule contain, including those implied by the skeletal formula?" or
                "Counting implicit hydrogens, how many hydrogen atoms does the molecule have?" => N(Count("H")),
            "How many heavy (non-hydrogen) atoms does the molecule have?" or "How many non-hydrogen atoms make up the molecule?" => N(f.Heavy),
            "How many rings does the molecule contain?" or "How many rings are in the structure?" => N(f.Rings),
            "How many aromatic rings does the molecule contain?" or "How many of the molecule's rings are aromatic?" => N(f.AromaticRings),
            "What is the molecular formula of the compound shown?" or "Which molecular formula matches the structure?" => f.Formula,
            "What is the molar mass of the compound in g/mol? Round to two decimal places." or
                "Using standard atomic weights, what is the molar mass of this molecule in g/mol? Round to two decimal places." => Round(f.Mass),
            "How many hydrogen atoms are bonded to nitrogen or oxygen atoms?" or "How many N–H and O–H hydrogens does the molecule have?" => N(f.NhOh),
            "How many nitrogen and oxygen atoms does the molecule contain in total?" or "What is the combined number of nitrogen and oxygen atoms?" => N(f.NitrogenOxygen),
            "What is the name of the compound shown?" or "Which compound does the drawing show?" => Legend(code),
            "Which functional group is highlighted?" or "What kind of functional group do the highlighted atoms form?" => highlighted,
            "How many atoms are highlighted?" or "How many heavy atoms does the highlighting cover?" => N(f.Groups[highlighted].Length),
            "Does the molecule contain an aromatic ring?" or "Is any ring of this molecule aromatic?" => f.AromaticRings > 0 ? "Yes" : "No",
            "What is the melting point of this compound?" or "What is the boiling point of this compound at atmospheric pressure?" or
                "How much does one gram of this compound cost?" or "Who first synthesised this compound?" or
                "What is the solubility of this compound in water at 25 °C?" => NotAnswerable,
            _ => throw new InvalidOperationException("unrecognised question"),
        };
    }

    private static string Legend(string code) => Regex.Match(code, @"legend='(?<n>[^']+)'").Groups["n"].Value;

    private static string Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
}
