using Cosyn.Tests.Testing.Checking;

namespace Cosyn.Tests.Families.Tables.Checking;

/// <summary>
/// An independent oracle for table QA: it reads only the <c>data</c> JSON, parses each question's text, recomputes the
/// answer its own way and reports any disagreement. It never calls production QA code.
/// </summary>
public static class TableAnswerChecker
{
    /// <summary>The unanswerable answer, restated here on purpose rather than referenced.</summary>
    public const string NotAnswerable = "The table does not provide this information.";

    private const string Num = @"(?<t>-?\d+(?:\.\d+)?)";

    /// <summary>Null when <paramref name="qa"/> is right; otherwise what is wrong.</summary>
    public static string? Check(string json, QaPair qa)
    {
        ArgumentNullException.ThrowIfNull(qa);
        var t = new CheckerTableData(json);
        try
        {
            var lines = qa.Question.Split('\n');
            if (lines.Length > 1)
            {
                return CheckChoice(t, lines, qa.Answer);
            }

            if (qa.Question is "Summarize the table." or "Write a short summary of what this table shows." or "Describe the main points of this table.")
            {
                return CheckSummary(t, qa.Answer);
            }

            var expected = Solve(t, qa.Question);
            return expected == qa.Answer ? null : $"expected '{expected}' but got '{qa.Answer}' for: {qa.Question}";
        }
        catch (InvalidOperationException ex)
        {
            return $"{ex.Message} for: {qa.Question}";
        }
    }

    private static string? CheckChoice(CheckerTableData t, string[] lines, string answer) => ChoiceAnswers.Check(lines, answer, stem => Solve(t, stem));

    /// <summary>The answer the question's text asks for, computed from the table.</summary>
    private static string Solve(CheckerTableData t, string q)
    {
        var rows = Alt(t.Rows);
        var cols = Alt(t.Columns.Select(c => c.Name));
        var groups = Alt(t.Groups.OfType<string>().Distinct());
        var what = t.IsCross ? $@".+? in (?<c>{cols})" : $"(?<c>{cols})";
        var total = Regex.Escape(t.TotalsLabel ?? "Total");
        Match m = Match.Empty;
        bool Is(string pattern) => (m = Regex.Match(q, "^" + pattern.Replace("{W}", what, StringComparison.Ordinal).Replace("{R}", rows, StringComparison.Ordinal)
            .Replace("{C}", cols, StringComparison.Ordinal).Replace("{G}", groups, StringComparison.Ordinal).Replace("{T}", total, StringComparison.Ordinal) + "$")).Success;
        string G(string name) => m.Groups[name].Value;
        int C(string name = "c") => t.Col(G(name));
        int R(string name = "r") => t.Row(G(name));
        decimal Cell(int r, int c) => t.Cells[r][c] ?? throw new InvalidOperationException("asked about an unreported cell");

        if (Is(@"Who collected the data shown in this table\?") || Is(@"How were the figures in this table measured\?") || Is(@"What is the source of the figures in this table\?"))
        {
            return NotAnswerable;
        }

        if (Is(@"How many .+ are listed in the table\?") || Is(@"How many .+ does the table include\?"))
        {
            return Int(t.Rows.Count);
        }

        if (Is(@"How many .+ have a {W} above " + Num + @"\?") || Is(@"For how many .+ is the {W} greater than " + Num + @"\?"))
        {
            var limit = decimal.Parse(G("t"), CultureInfo.InvariantCulture);
            var values = t.Column(C()).Select(x => x.Value).ToList();
            return values.Any(v => v == limit) ? throw new InvalidOperationException("threshold equals a value") : Int(values.Count(v => v > limit));
        }

        if (t.Groups.Any(g => g is not null) && (Is(@"Which .+? has the highest total {W}\?") || Is(@"Adding up its rows, which .+? has the largest {W}\?")))
        {
            var c = C();
            var sums = GroupSums(t, c);
            var top = sums.MaxBy(s => s.Sum);
            return sums.Count(s => s.Sum == top.Sum) > 1 ? throw new InvalidOperationException("tied group totals") : top.Group;
        }

        if (Is(@"What is the total {W} for the (?<g>{G}) .+\?") || Is(@"What is the combined {W} of the .+ in the (?<g>{G}) .+\?"))
        {
            return Val(GroupSums(t, C()).Single(s => s.Group == G("g")).Sum);
        }

        if (Is(@"Which .+? has the second-highest {W}\?") || Is(@"Which .+? ranks second by {W}\?"))
        {
            var ranked = t.Column(C()).OrderByDescending(x => x.Value).ToList();
            return ranked[0].Value == ranked[1].Value || ranked[1].Value == ranked[2].Value ? throw new InvalidOperationException("tie") : t.Rows[ranked[1].Row];
        }

        if (Is(@"Which .+? has the (?<d>highest|lowest) {W}\?") || Is(@"Which .+? shows the (?<d>largest|smallest) value in the (?<c>{C}) column\?"))
        {
            return t.Rows[Extreme(t.Column(C()), G("d") is "highest" or "largest")];
        }

        if (Is(@"For (?<r>{R}), which .+? has the (?<d>highest|lowest) .+\?") || Is(@"In which .+? does (?<r>{R}) reach its (?<d>highest|lowest) .+\?"))
        {
            var r = R();
            var across = t.Cells[r].Select((v, i) => (i, v)).Where(x => x.v is not null).Select(x => (x.i, x.v!.Value)).ToList();
            return t.Columns[Extreme(across, G("d") == "highest")].Name;
        }

        if (Is(@"What is the total {W} across all .+ listed\?") || Is(@"What do the (?<c>{C}) values of all .+ add up to\?"))
        {
            return Val(t.Column(C()).Sum(x => x.Value));
        }

        if (Is(@"What is the average {W} across the .+ listed\? Round to two decimal places\.") || Is(@"What is the mean of the (?<c>{C}) column\? Round to two decimal places\."))
        {
            var values = t.Column(C());
            return Round(values.Sum(x => x.Value) / values.Count, 2);
        }

        if (Is(@"What is the total .+ for (?<r>{R}) across all .+ shown\?") || Is(@"What do the values for (?<r>{R}) add up to across the table\?"))
        {
            return Val(t.Cells[R()].Sum(v => v ?? 0m));
        }

        if (Is(@"What is the difference in {W} between (?<a>{R}) and (?<b>{R})\?") || Is(@"How far apart are (?<a>{R}) and (?<b>{R}) in {W}\?"))
        {
            var c = C();
            return Val(Math.Abs(Cell(R("a"), c) - Cell(R("b"), c)));
        }

        if (Is(@"By how much does the {W} of (?<a>{R}) exceed that of (?<b>{R})\?") || Is(@"How much higher is the {W} for (?<a>{R}) than for (?<b>{R})\?"))
        {
            var c = C();
            var diff = Cell(R("a"), c) - Cell(R("b"), c);
            return diff > 0 ? Val(diff) : throw new InvalidOperationException("'exceed' asked of a smaller value");
        }

        if (Is(@"By what percentage did the .+ for (?<r>{R}) change from (?<a>{C}) to (?<b>{C})\? Round to one decimal place\.")
            || Is(@"What was the percentage change for (?<r>{R}) from (?<a>{C}) to (?<b>{C})\? Round to one decimal place\."))
        {
            var r = R();
            var (from, to) = (Cell(r, C("a")), Cell(r, C("b")));
            return Round((to - from) / from * 100, 1);
        }

        if (Is(@"Which .+? is highlighted in the (?<c>{C}) column\?") || Is(@"In the (?<c>{C}) column, which .+? has the highlighted cell\?"))
        {
            return t.Highlighted.Single(h => h.Column == G("c")).Row;
        }

        if (Is(@"What is the value of the highlighted cell in the (?<c>{C}) column\?") || Is(@"What number is highlighted in the (?<c>{C}) column\?"))
        {
            var h = t.Highlighted.Single(x => x.Column == G("c"));
            return Val(Cell(t.Row(h.Row), t.Col(h.Column)));
        }

        if (Is(@"Is the highlighted value in the (?<c>{C}) column the highest in that column\?") || Is(@"Does the highlighted cell in the (?<c>{C}) column hold the column's highest value\?"))
        {
            var h = t.Highlighted.Single(x => x.Column == G("c"));
            var c = t.Col(h.Column);
            return YesNo(Cell(t.Row(h.Row), c) == t.Column(c).Max(x => x.Value));
        }

        if (Is(@"What value does the {T} row show for (?<c>{C})\?") || Is(@"According to the {T} row, what is the total {W}\?"))
        {
            var c = C();
            var shown = t.Totals?[c] ?? throw new InvalidOperationException("no total for this column");
            return shown == t.Column(c).Sum(x => x.Value) ? Val(shown) : throw new InvalidOperationException("totals row disagrees with the rows");
        }

        if (Is(@"Do the (?<c>{C}) values of the .+ add up to the value in the {T} row\?") || Is(@"Is the {T} row's (?<c>{C}) value equal to the sum of the rows above it\?"))
        {
            var c = C();
            return YesNo(t.Totals?[c] is { } shown && shown == t.Column(c).Sum(x => x.Value));
        }

        if (Is(@"Is the {W} for (?<a>{R}) higher than for (?<b>{R})\?") || Is(@"Does (?<a>{R}) have a higher {W} than (?<b>{R})\?"))
        {
            var c = C();
            return YesNo(Cell(R("a"), c) > Cell(R("b"), c));
        }

        if (Is(@"Is the {W} for (?<r>{R}) above " + Num + @"\?") || Is(@"Does (?<r>{R}) have a {W} greater than " + Num + @"\?"))
        {
            return YesNo(Cell(R(), C()) > decimal.Parse(G("t"), CultureInfo.InvariantCulture));
        }

        return Lookup(t, q, rows, cols);
    }

    // Cell lookups last: their loose wording ("What is the X for Y?") would swallow other kinds.
    private static string Lookup(CheckerTableData t, string q, string rows, string cols)
    {
        var known = t.IsCross
            ? new[] { $@"What is the .+ for (?<r>{rows}) in (?<c>{cols})\?", $@"According to the table, what is the .+ for (?<r>{rows}) in (?<c>{cols})\?", $@"What value is listed for (?<r>{rows}) under (?<c>{cols})\?" }
            : [$@"What is the (?<c>{cols}) for (?<r>{rows})\?", $@"According to the table, what is the (?<c>{cols}) for (?<r>{rows})\?", $@"What value is listed for (?<r>{rows}) under (?<c>{cols})\?"];
        foreach (var pattern in known)
        {
            var m = Regex.Match(q, "^" + pattern + "$");
            if (m.Success)
            {
                return t.Cells[t.Row(m.Groups["r"].Value)][t.Col(m.Groups["c"].Value)] is { } v ? Val(v) : NotAnswerable;
            }
        }

        // Same wording but a row or column the table does not have: unanswerable.
        var loose = t.IsCross
            ? new[] { @"What is the .+ for .+ in .+\?", @"According to the table, what is the .+ for .+ in .+\?", @"What value is listed for .+ under .+\?" }
            : [@"What is the .+ for .+\?", @"According to the table, what is the .+ for .+\?", @"What value is listed for .+ under .+\?"];
        return loose.Any(p => Regex.IsMatch(q, "^" + p + "$")) ? NotAnswerable : throw new InvalidOperationException("unrecognised question");
    }

    private static string? CheckSummary(CheckerTableData t, string answer)
    {
        var needed = new List<string> { $"\"{t.Title}\"" };
        if (t.IsCross)
        {
            var cells = t.Cells.SelectMany((row, r) => row.Select((v, c) => (r, c, v))).Where(x => x.v is not null).ToList();
            foreach (var (r, c, v) in new[] { cells.MaxBy(x => x.v), cells.MinBy(x => x.v) })
            {
                needed.Add($"{Val(v!.Value)}");
                needed.Add($"({t.Rows[r]}, {t.Columns[c].Name})");
            }
        }
        else
        {
            var first = t.Column(0);
            var top = first.MaxBy(x => x.Value);
            var bottom = first.MinBy(x => x.Value);
            needed.AddRange([$"{t.Rows[top.Row]} has the highest {t.Columns[0].Name} ({Val(top.Value)}", $"{t.Rows[bottom.Row]} the lowest ({Val(bottom.Value)}"]);
        }

        var missing = needed.Where(n => !answer.Contains(n, StringComparison.Ordinal)).ToList();
        return answer.StartsWith("This table", StringComparison.Ordinal) && missing.Count == 0 ? null : $"summary lacks {string.Join(", ", missing)}: {answer}";
    }

    private static List<(string Group, decimal Sum)> GroupSums(CheckerTableData t, int c) =>
        [.. t.Rows.Select((_, r) => (t.Groups[r]!, t.Cells[r][c] ?? 0m)).GroupBy(x => x.Item1).Select(g => (g.Key, g.Sum(x => x.Item2)))];

    private static int Extreme(List<(int Index, decimal Value)> values, bool highest)
    {
        var best = highest ? values.Max(x => x.Value) : values.Min(x => x.Value);
        var at = values.Where(x => x.Value == best).ToList();
        return at.Count == 1 ? at[0].Index : throw new InvalidOperationException("tied extremum");
    }

    private static string Alt(IEnumerable<string> names) => "(?:" + string.Join("|", names.OrderByDescending(n => n.Length).Select(Regex.Escape)) + ")";

    private static string Val(decimal value) => Trim(value, 4);

    private static string Round(decimal value, int decimals) => Trim(Math.Round(value, decimals, MidpointRounding.AwayFromZero), decimals);

    private static string Trim(decimal value, int decimals)
    {
        var text = value.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string YesNo(bool yes) => yes ? "Yes" : "No";
}
