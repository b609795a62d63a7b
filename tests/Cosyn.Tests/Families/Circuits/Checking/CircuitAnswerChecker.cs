using Cosyn.Tests.Testing.Checking;

namespace Cosyn.Tests.Families.Circuits.Checking;

/// <summary>
/// An independent oracle for circuit QA: it reads only the <c>data</c> JSON, parses each question, redoes the circuit
/// analysis its own way (double precision, its own formulas) and reports any disagreement. It never calls production code.
/// </summary>
public static class CircuitAnswerChecker
{
    /// <summary>The unanswerable answer, restated here on purpose rather than referenced.</summary>
    public const string NotAnswerable = "The circuit diagram does not provide this information.";

    private static readonly string[] Summaries = ["Summarize the circuit.", "Describe what this circuit diagram shows.", "Write a short summary of the schematic."];

    /// <summary>Null when <paramref name="qa"/> is right; otherwise what is wrong.</summary>
    public static string? Check(string json, QaPair qa)
    {
        ArgumentNullException.ThrowIfNull(qa);
        var c = new CheckerCircuit(json);
        try
        {
            var lines = qa.Question.Split('\n');
            if (lines.Length > 1)
            {
                return CheckChoice(c, lines, qa.Answer);
            }

            if (Summaries.Contains(qa.Question))
            {
                return CheckSummary(c, qa.Answer);
            }

            var expected = Solve(c, qa.Question);
            return expected == qa.Answer ? null : $"expected '{expected}' but got '{qa.Answer}' for: {qa.Question}";
        }
        catch (InvalidOperationException ex)
        {
            return $"{ex.Message} for: {qa.Question}";
        }
    }

    private static string? CheckChoice(CheckerCircuit c, string[] lines, string answer) => ChoiceAnswers.Check(lines, answer, stem => Solve(c, stem));

    private static string? CheckSummary(CheckerCircuit c, string answer)
    {
        if (!answer.StartsWith($"This circuit diagram, titled \"{c.Title}\"", StringComparison.Ordinal))
        {
            return "summary does not open with the title: " + answer;
        }

        var missing = c.Parts.Where(p => !answer.Contains($"{p.Id} ({p.Text})", StringComparison.Ordinal)).Select(p => p.Id).ToList();
        return missing.Count == 0 && answer.Contains(c.SourceText, StringComparison.Ordinal) ? null : $"summary misses {string.Join(", ", missing)} or the source: {answer}";
    }

    private static string Solve(CheckerCircuit c, string q)
    {
        Match m;
        if (Regex.IsMatch(q, @"^(What is the tolerance of|What is the power rating of|Which manufacturer made) \w+\?$|^At what ambient temperature was this circuit tested\?$|^What wire gauge is used for the connections\?$"))
        {
            return NotAnswerable;
        }

        if ((m = Regex.Match(q, @"^(?:What is the|Calculate the|Using the values in the schematic, what is the) (?<noun>.+?)(?: in (?<unit>[^\s?,]+))?(?:\? Round to two decimal places\.|, rounded to two decimal places\.)$")).Success)
        {
            var unit = m.Groups["unit"].Value;
            var value = CircuitNouns.Value(c, m.Groups["noun"].Value) / (unit.Length == 0 ? 1 : CheckerCircuit.UnitFactor(unit));
            return Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
        }

        if ((m = Regex.Match(q, @"^(?:What is the value of (?<id>\w+) in|What value is (?<id>\w+) labelled with, in|According to the schematic, what is the value of (?<id>\w+) in) (?<unit>\S+)\?$")).Success)
        {
            var id = m.Groups["id"].Value;
            var value = id == c.SourceId ? c.Source : c[id];
            return Math.Round(value / CheckerCircuit.UnitFactor(m.Groups["unit"].Value), 3, MidpointRounding.AwayFromZero).ToString("0.###", CultureInfo.InvariantCulture);
        }

        if ((m = Regex.Match(q, @"^(?:Is the (?<noun>.+) greater than|Does the (?<noun>.+) exceed) (?<t>-?[\d.]+)(?: (?<unit>\S+))?\?$")).Success)
        {
            var unit = m.Groups["unit"].Value;
            var value = CircuitNouns.Value(c, m.Groups["noun"].Value) / (unit.Length == 0 ? 1 : CheckerCircuit.UnitFactor(unit));
            return value > double.Parse(m.Groups["t"].Value, CultureInfo.InvariantCulture) ? "Yes" : "No";
        }

        var resistors = c.ResistorIds.OrderBy(id => c[id]).ToList();
        var parallel = c.Configuration == "parallel";
        return q switch
        {
            "Which resistor has the largest voltage across it?" or "Across which resistor is the voltage drop the largest?" => Unique(c, resistors, largest: true),
            "Which resistor carries the largest current?" or "Through which resistor does the most current flow?" => Unique(c, resistors, largest: false),
            "Which resistor dissipates the most power?" or "Which resistor turns the most power into heat?" => Unique(c, resistors, largest: !parallel),
            "How many resistors does the circuit contain?" or "How many resistors are shown in the schematic?" => resistors.Count.ToString(CultureInfo.InvariantCulture),
            "Which amplifier configuration does the schematic show?" or "What kind of op-amp stage is drawn?" => c.Configuration,
            "Does this stage invert the polarity of the input voltage?" or "Is the output voltage of this stage opposite in sign to the input voltage?" =>
                c.Configuration == "inverting amplifier" ? "Yes" : "No",
            _ => throw new InvalidOperationException("unrecognised question"),
        };
    }

    private static string Unique(CheckerCircuit c, List<string> ascending, bool largest)
    {
        var pick = largest ? ascending[^1] : ascending[0];
        var next = largest ? ascending[^2] : ascending[1];
        return c[pick] == c[next] ? throw new InvalidOperationException("tie asked as a unique answer") : pick;
    }
}
