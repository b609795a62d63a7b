namespace Cosyn.Tests.Testing.Checking;

/// <summary>Checks a multiple-choice answer: exactly one distinct option equals the solved stem, and the answer is its letter.</summary>
internal static class ChoiceAnswers
{
    /// <param name="lines">The question split into lines: the stem, then <c>A. ...</c> options.</param>
    /// <param name="answer">The answer letter given.</param>
    /// <param name="solve">The checker's own answer to the stem.</param>
    public static string? Check(string[] lines, string answer, Func<string, string> solve)
    {
        var options = lines.Skip(1).Select(l => Regex.Match(l, @"^(?<k>[A-D])\. (?<v>.+)$")).ToList();
        if (options.Count < 3 || options.Any(o => !o.Success))
        {
            return "malformed options: " + string.Join(" | ", lines);
        }

        var expected = solve(lines[0]);
        var correct = options.Where(o => o.Groups["v"].Value == expected).Select(o => o.Groups["k"].Value).ToList();
        if (correct.Count != 1 || options.Select(o => o.Groups["v"].Value).Distinct().Count() != options.Count)
        {
            return $"expected exactly one option equal to '{expected}' in: {string.Join(" | ", lines)}";
        }

        return correct[0] == answer ? null : $"expected option {correct[0]} but got '{answer}' for: {lines[0]}";
    }
}
