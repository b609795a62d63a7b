using Cosyn.Tests.Testing.Checking;

namespace Cosyn.Tests.Families.Mathematics.Checking;

/// <summary>
/// An independent oracle for math and geometry QA: reads only the <c>data</c> JSON, recomputes every solution step
/// from the givens with its own fractions and formulas (by problem kind), then re-derives each QA answer from the
/// question's text. It never calls production math or QA code.
/// </summary>
public static class MathAnswerChecker
{
    public const string ProblemNotAnswerable = "The problem does not provide this information.";
    public const string FigureNotAnswerable = "The figure does not provide this information.";

    private static readonly string[] Unanswerable =
    [
        "Who wrote this problem?", "How many points is this problem worth on the test?", "How many minutes are students given for this problem?",
        "Which textbook chapter is this problem taken from?",
    ];

    /// <summary>Problems in <paramref name="json"/> whose stated steps disagree with the recomputation; empty when all agree.</summary>
    public static List<string> CheckSteps(string json)
    {
        var data = Read(json);
        return [.. data.Stated.Where(s => !data.Givens.ContainsKey(s.Key) && (!data.Computed.TryGetValue(s.Key, out var v) || v.ToString() != s.Value))
            .Select(s => $"{data.Kind} step {s.Key}: stated {s.Value}, recomputed {(data.Computed.TryGetValue(s.Key, out var v) ? v.ToString() : "nothing")}")];
    }

    /// <summary>Null when <paramref name="qa"/> is right; otherwise what is wrong.</summary>
    public static string? Check(string json, QaPair qa)
    {
        ArgumentNullException.ThrowIfNull(qa);
        var data = Read(json);
        try
        {
            var lines = qa.Question.Split('\n');
            if (lines.Length > 1)
            {
                return CheckerChoices.Check(lines, qa.Answer, q => Solve(data, q));
            }

            if (qa.Question == "Summarize the problem and its solution.")
            {
                var missing = data.AnswerValues.Where(v => !qa.Answer.Contains(v, StringComparison.Ordinal)).ToList();
                return qa.Answer.StartsWith("This problem", StringComparison.Ordinal) && missing.Count == 0 ? null : $"summary misses {string.Join(", ", missing)}: {qa.Answer}";
            }

            if (Unanswerable.Contains(qa.Question))
            {
                return qa.Answer is ProblemNotAnswerable or FigureNotAnswerable ? null : $"expected the unanswerable answer for: {qa.Question}";
            }

            var answer = Solve(data, qa.Question);
            return answer == qa.Answer ? null : $"expected '{answer}' but got '{qa.Answer}' for: {qa.Question}";
        }
        catch (InvalidOperationException ex)
        {
            return $"{ex.Message} for: {qa.Question}";
        }
    }

    private static string Solve(CheckerMathData data, string q)
    {
        Match m;
        if ((m = Regex.Match(q, @"^According to the (figure|problem), what is the (?<l>.+)\?$")).Success)
        {
            var v = data.ByLabel(m.Groups["l"].Value, givenOnly: true);
            return v.IsFraction ? v.Rounded2() : v.ToString();
        }

        if ((m = Regex.Match(q, @"^In what unit is the (?<l>.+) given\?$")).Success)
        {
            var unit = data.UnitOf(m.Groups["l"].Value);
            return unit switch { "°" => "degrees", "$" => "dollars", "%" => "percent", _ => unit };
        }

        if ((m = Regex.Match(q, @"^Is the (?<l>.+) greater than (?<t>-?\d+)\?$")).Success)
        {
            return data.ByLabel(m.Groups["l"].Value, givenOnly: false).ToDouble() > double.Parse(m.Groups["t"].Value, System.Globalization.CultureInfo.InvariantCulture) ? "Yes" : "No";
        }

        if ((m = Regex.Match(q, @"^What is the exact (?<l>.+)\?$")).Success)
        {
            return data.ByLabel(m.Groups["l"].Value, givenOnly: false).ToString();
        }

        if ((m = Regex.Match(q, @"^What is the (?<l>.+) as a fraction in lowest terms\?$")).Success)
        {
            return data.ByLabel(m.Groups["l"].Value, givenOnly: false).ToString();
        }

        if ((m = Regex.Match(q, @"^What is the (?<l>.+), rounded to 2 decimal places\?$")).Success)
        {
            return data.ByLabel(m.Groups["l"].Value, givenOnly: false).Rounded2();
        }

        if ((m = Regex.Match(q, @"^What is the (?<l>.+)\?$")).Success)
        {
            var v = data.ByLabel(m.Groups["l"].Value, givenOnly: false);
            if (!v.IsFraction || !v.Coefficient.TerminatesWithin2)
            {
                throw new InvalidOperationException("a plain question about a value that needs rounding or an exact form");
            }

            return v.Rounded2();
        }

        throw new InvalidOperationException("unrecognised question");
    }

    private static CheckerMathData Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var kind = root.GetProperty("kind").GetString()!;
        var givens = new Dictionary<string, CheckerValue>(StringComparer.Ordinal);
        var labels = new Dictionary<string, (string Key, string Unit, bool Given)>(StringComparer.Ordinal);
        foreach (var g in root.GetProperty("given").EnumerateArray())
        {
            givens[g.GetProperty("name").GetString()!] = CheckerValue.Parse(g.GetProperty("value").GetString()!);
            labels[g.GetProperty("label").GetString()!] = (g.GetProperty("name").GetString()!, g.GetProperty("unit").GetString()!, true);
        }

        var stated = new List<(string Key, string Value)>();
        foreach (var s in root.GetProperty("solution").GetProperty("steps").EnumerateArray())
        {
            stated.Add((s.GetProperty("name").GetString()!, s.GetProperty("value").GetString()!));
            labels[s.GetProperty("label").GetString()!] = (s.GetProperty("name").GetString()!, s.GetProperty("unit").GetString()!, false);
        }

        var computed = CheckerMathFormulas.Compute(kind, givens, labels.Keys.ToList());
        var answer = root.GetProperty("solution").GetProperty("answer").GetString()!;
        var answerValues = answer.Split("; ").Select(part => part[(part.LastIndexOf(" = ", StringComparison.Ordinal) + 3)..]).ToList();
        return new CheckerMathData(kind, givens, computed, labels, stated, answerValues);
    }
}
