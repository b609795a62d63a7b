namespace Cosyn.Tests.Testing.Checking;

/// <summary>Checks a multiple-choice question: well-formed distinct options, exactly one equal to the recomputed answer, and that letter given.</summary>
internal static class CheckerChoices
{
    public static string? Check(string[] lines, string answer, Func<string, string> solve)
    {
        var options = lines.Skip(1).Select(l => Regex.Match(l, @"^(?<k>[A-D])\. (?<v>.+)$")).ToList();
        if (options.Count < 3 || options.Any(o => !o.Success) || options.Select(o => o.Groups["v"].Value).Distinct().Count() != options.Count)
        {
            return "malformed options: " + string.Join(" | ", lines);
        }

        var expected = solve(lines[0]);
        var correct = options.Where(o => o.Groups["v"].Value == expected).Select(o => o.Groups["k"].Value).ToList();
        return correct.Count == 1 && correct[0] == answer ? null : $"expected option for '{expected}' but got '{answer}' for: {string.Join(" | ", lines)}";
    }
}
