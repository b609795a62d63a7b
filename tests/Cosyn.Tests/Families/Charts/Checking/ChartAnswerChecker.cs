using Cosyn.Tests.Families.Tables.Checking;

namespace Cosyn.Tests.Families.Charts.Checking;

/// <summary>
/// An independent oracle for chart QA: it reads only the CSV <c>data</c>, the title and the figure type, parses each
/// question's text, recomputes the answer its own way, and reports any disagreement. It never calls production QA code.
/// </summary>
public static class ChartAnswerChecker
{
    /// <summary>The unanswerable answer, restated here on purpose rather than referenced.</summary>
    public const string NotAnswerable = "The chart does not provide this information.";

    private const string Num = @"(?<t>-?\d+(?:\.\d+)?)";
    private const string Dir = @"(?<d>highest|lowest|greatest|least|largest|smallest|maximum|minimum)";

    /// <summary>Null when <paramref name="qa"/> is right; otherwise what is wrong.</summary>
    public static string? Check(string csv, string title, string figureType, QaPair qa)
    {
        ArgumentNullException.ThrowIfNull(qa);
        var table = new CheckerTable(csv, figureType);
        try
        {
            var lines = qa.Question.Split('\n');
            if (lines.Length > 1)
            {
                return CheckChoice(table, csv, title, lines, qa.Answer);
            }

            if (IsSummary(qa.Question))
            {
                return ExtendedAnswerChecker.OwnsSummary(figureType) ? ExtendedAnswerChecker.Summary(table, csv, title, qa.Answer) : CheckSummary(table, title, qa.Answer);
            }

            var expected = ExtendedAnswerChecker.Solve(table, csv, qa.Question, qa.Answer) ?? Solve(table, title, qa.Question);
            return expected == qa.Answer ? null : $"expected '{expected}' but got '{qa.Answer}' for: {qa.Question}";
        }
        catch (InvalidOperationException ex)
        {
            return $"{ex.Message} for: {qa.Question}";
        }
    }

    private static string? CheckChoice(CheckerTable table, string csv, string title, string[] lines, string answer)
    {
        var options = lines.Skip(1).Select(l => Regex.Match(l, @"^(?<k>[A-D])\. (?<v>.+)$")).ToList();
        if (options.Any(o => !o.Success))
        {
            return "malformed options: " + string.Join(" | ", lines);
        }

        var expected = ExtendedAnswerChecker.Solve(table, csv, lines[0], string.Join("\n", lines.Skip(1))) ?? Solve(table, title, lines[0]);
        var correct = options.Where(o => o.Groups["v"].Value == expected).Select(o => o.Groups["k"].Value).ToList();
        if (correct.Count != 1)
        {
            return $"expected exactly one option equal to '{expected}' in: {string.Join(" | ", lines)}";
        }

        return correct[0] == answer ? null : $"expected option {correct[0]} but got '{answer}' for: {lines[0]}";
    }

    /// <summary>The answer the question's text asks for, computed from the table.</summary>
    private static string Solve(CheckerTable t, string title, string q)
    {
        var c = CheckerTable.Alternation(t.Categories);
        var s = CheckerTable.Alternation(t.Columns.Select(x => x.Name));
        Match m;
        bool Is(string pattern) => (m = Regex.Match(q, "^" + pattern.Replace("{C}", c, StringComparison.Ordinal).Replace("{S}", s, StringComparison.Ordinal) + "$")).Success;
        string G(string name) => m.Groups[name].Value;
        decimal Cell(string series, string category) => t.SeriesNamed(series).Values[t.Index(category)] ?? throw new InvalidOperationException("asked about an empty cell");
        decimal Single(string category) => t.ColumnFor(null).Values[t.Index(category)] ?? throw new InvalidOperationException("asked about an empty cell");

        // Unanswerable by construction.
        if (Is(@"What will the .+ be in (?<u>.+)\?") || Is(@"What .+ is projected for (?<u>.+)\?"))
        {
            return t.Index(G("u")) < 0 ? NotAnswerable : throw new InvalidOperationException("forecast asks about a shown period");
        }

        if (Is(@"How was the .+ measured\?") || Is(@"Which organisation collected the data shown in this chart\?") || Is(@"What was the sample size behind these figures\?"))
        {
            return NotAnswerable;
        }

        // Frame.
        if (Is(@"What is the title of the chart\?") || Is(@"What title is displayed at the top of the chart\?"))
        {
            return title;
        }

        if (Is(@"What does the x-axis represent\?") || Is(@"What is the label of the x-axis\?"))
        {
            return t.IsScatter ? t.Columns[0].Name : t.FigureType == "horizontal bar" ? throw new InvalidOperationException("x-axis of horizontal bars holds values") : t.FirstHeader;
        }

        if (Is(@"What does the y-axis represent\?") || Is(@"What is the label of the y-axis\?"))
        {
            return t.FigureType == "horizontal bar" ? t.FirstHeader : throw new InvalidOperationException("y-axis question on a vertical chart");
        }

        if (Is(@"In what unit is the (?<m>.+) measured\?"))
        {
            return t.IsScatter || t.Series.Count == 1 ? t.ColumnFor(G("m")).Unit : t.Columns[0].Unit;
        }

        if (Is(@"What unit are the values given in\?"))
        {
            return t.Series.Select(x => x.Unit).Distinct().Single();
        }

        // Counting.
        if (Is(@"How many .+ have a (?<m>.+) above " + Num + @"\?") || Is(@"For how many .+ is the (?<m>.+) greater than " + Num + @"\?"))
        {
            var limit = decimal.Parse(G("t"), CultureInfo.InvariantCulture);
            return Int(t.ColumnFor(G("m")).Present.Count(v => v > limit));
        }

        if (Is(@"How many series does the chart compare\?") || Is(@"How many different series are plotted\?"))
        {
            return Int(t.Series.Count);
        }

        if (Is(@"How many .+ are shown in the chart\?") || Is(@"How many .+ does the chart include\?"))
        {
            return Int(t.Categories.Count);
        }

        // Ranking.
        if (Is(@"Which .+? has the second-(?<d>highest|lowest) (?<m>.+)\?") || Is(@"Which .+? ranks second (?<d>from the bottom )?by (?<m>.+)\?"))
        {
            var col = t.ColumnFor(G("m")).Values.Select(v => v!.Value).ToList();
            var low = G("d") is "lowest" or "from the bottom ";
            var order = Enumerable.Range(0, col.Count).OrderBy(i => low ? col[i] : -col[i]).ToList();
            return t.Categories[order[1]];
        }

        // Series comparisons at one category.
        if (Is(@"Which series has the " + Dir + @" value for (?<c>{C})\?") || Is(@"For (?<c>{C}), which series is the " + Dir + @"\?"))
        {
            var i = t.Index(G("c"));
            var pick = Max(G("d")) ? t.Series.MaxBy(x => x.Values[i]!.Value)! : t.Series.MinBy(x => x.Values[i]!.Value)!;
            return pick.Name;
        }

        if (Is(@"In which .+? does (?<s>{S}) reach its " + Dir + @" value\?") || Is(@"For (?<s>{S}), which .+? has the " + Dir + @" value\?"))
        {
            return ArgExtreme(t, t.SeriesNamed(G("s")).Values, Max(G("d")));
        }

        // Category extremes.
        if (Is(@"Which .+? has the " + Dir + @" (?<m>.+?)(?: in the chart)?\?") || Is(@"Which .+? shows the " + Dir + @" value\?")
            || Is(@"In which .+? was the (?<m>.+) " + Dir + @"\?") || Is(@"Which .+? recorded the " + Dir + @" (?<m>.+)\?"))
        {
            var measure = m.Groups["m"].Success ? G("m") : null;
            return ArgExtreme(t, t.ColumnFor(measure).Values, Max(G("d")));
        }

        // Extreme values.
        if (Is(@"What is the " + Dir + @" (?:value of|value reached by) (?<s>{S})\?"))
        {
            var vals = t.SeriesNamed(G("s")).Present;
            return Val(Max(G("d")) ? vals.Max() : vals.Min());
        }

        if (Is(@"What is the " + Dir + @" .+ shown in the chart\?") || Is(@"What is the " + Dir + @" value in the chart\?") || Is(@"What is the peak .+ in the chart\?"))
        {
            var vals = t.ColumnFor(null).Present;
            return Val(!m.Groups["d"].Success || Max(G("d")) ? vals.Max() : vals.Min());
        }

        // Arithmetic.
        if (Is(@"What is the difference between (?<s>{S}) and (?<s2>{S}) for (?<c>{C})\?") || Is(@"For (?<c>{C}), how far apart are (?<s>{S}) and (?<s2>{S})\?"))
        {
            return Round(Math.Abs(Cell(G("s"), G("c")) - Cell(G("s2"), G("c"))), 2);
        }

        if (Is(@"What is the difference between the .+ for (?<a>{C}) and (?<b>{C})\?") || Is(@"What is the difference in value between (?<a>{C}) and (?<b>{C})\?"))
        {
            return Round(Math.Abs(Single(G("a")) - Single(G("b"))), 2);
        }

        if (Is(@"How much higher is the .+ for (?<a>{C}) than for (?<b>{C})\?") || Is(@"By how much does (?<a>{C}) exceed (?<b>{C})\?"))
        {
            var diff = Single(G("a")) - Single(G("b"));
            return diff > 0 ? Round(diff, 2) : throw new InvalidOperationException("'how much higher' asked of a smaller value");
        }

        if (Is(@"What is the total .+ for (?<c>{C}) across all series\?") || Is(@"What is the combined value of all series for (?<c>{C})\?"))
        {
            var i = t.Index(G("c"));
            return Round(t.Series.Sum(x => x.Values[i] ?? throw new InvalidOperationException("total over an empty cell")), 2);
        }

        if (Is(@"What is the total .+ across all .+\?") || Is(@"What is the sum of all the values shown in the chart\?") || Is(@"What do the values of all .+ add up to\?"))
        {
            return Round(t.ColumnFor(null).Values.Sum(v => v ?? throw new InvalidOperationException("total over a gap")), 2);
        }

        if (Is(@"What is the average value of (?<s>{S}) across all .+\? Round to two decimal places\.") || Is(@"What is the mean of (?<s>{S})\? Round to two decimal places\."))
        {
            return Round(Mean(t.SeriesNamed(G("s"))), 2);
        }

        if (Is(@"What is the average .+ across the \d+ .+\? Round to two decimal places\.") || Is(@"What is the mean value shown in the chart\? Round to two decimal places\."))
        {
            return Round(Mean(t.ColumnFor(null)), 2);
        }

        if (Is(@"By what percentage did (?<s>{S}) change from (?<a>{C}) to (?<b>{C})\? Round to one decimal place\.")
            || Is(@"What is the percentage change of (?<s>{S}) between (?<a>{C}) and (?<b>{C})\? Round to one decimal place\."))
        {
            var (a, b) = (Cell(G("s"), G("a")), Cell(G("s"), G("b")));
            return Round((b - a) / a * 100, 1);
        }

        if (Is(@"By what percentage did the .+ change from (?<a>{C}) to (?<b>{C})\? Round to one decimal place\.")
            || Is(@"What is the percentage change in the .+ between (?<a>{C}) and (?<b>{C})\? Round to one decimal place\."))
        {
            var (a, b) = (Single(G("a")), Single(G("b")));
            return Round((b - a) / a * 100, 1);
        }

        if (Is(@"What is the ratio of the .+ for (?<a>{C}) to that for (?<b>{C})\? Round to two decimal places\.")
            || Is(@"How many times larger is the value for (?<a>{C}) than the value for (?<b>{C})\? Round to two decimal places\."))
        {
            return Round(Single(G("a")) / Single(G("b")), 2);
        }

        if (Is(@"What percentage of the total does (?<c>{C}) account for\? Round to one decimal place\.")
            || Is(@"What share of the total .+ comes from (?<c>{C}), in percent\? Round to one decimal place\."))
        {
            var col = t.ColumnFor(null);
            return Round(Single(G("c")) / col.Values.Sum(v => v!.Value) * 100, 1);
        }

        // Yes / no.
        if (Is(@"Is (?<s>{S}) higher than (?<s2>{S}) for (?<c>{C})\?") || Is(@"For (?<c>{C}), does (?<s>{S}) exceed (?<s2>{S})\?"))
        {
            return YesNo(Cell(G("s"), G("c")) > Cell(G("s2"), G("c")));
        }

        if (Is(@"Is the .+ for (?<a>{C}) greater than that for (?<b>{C})\?") || Is(@"Does (?<a>{C}) have a higher value than (?<b>{C})\?")
            || Is(@"Was the .+ higher in (?<a>{C}) than in (?<b>{C})\?") || Is(@"Did (?<a>{C}) have a higher .+ than (?<b>{C})\?"))
        {
            return YesNo(Single(G("a")) > Single(G("b")));
        }

        if (Is(@"Does any .+ have a .+ above " + Num + @"\?") || Is(@"Is there any .+ with a .+ greater than " + Num + @"\?"))
        {
            return YesNo(t.ColumnFor(null).Present.Max() > decimal.Parse(G("t"), CultureInfo.InvariantCulture));
        }

        if (Is(@"Does (?<c>{C}) account for more than (?<f>a tenth|a fifth|a quarter|a third|half) of the total\?")
            || Is(@"Is the share of (?<c>{C}) larger than (?<f>a tenth|a fifth|a quarter|a third|half) of the total\?"))
        {
            var fraction = G("f") switch { "a tenth" => 0.1m, "a fifth" => 0.2m, "a quarter" => 0.25m, "a third" => 1m / 3, _ => 0.5m };
            return YesNo(Single(G("c")) / t.ColumnFor(null).Values.Sum(v => v!.Value) > fraction);
        }

        if (Is(@"Does the (?<y>.+) tend to increase as the (?<x>.+) increases\?") || Is(@"Is there a positive relationship between the (?<x>.+) and the (?<y>.+)\?"))
        {
            var r = Correlation(t.ColumnFor(G("x")), t.ColumnFor(G("y")));
            return Math.Abs(r) < 0.4 ? throw new InvalidOperationException($"correlation {r:F2} is too weak to ask about") : YesNo(r > 0);
        }

        // Plain retrieval last: its shapes are the loosest. An unknown category or an empty cell is unanswerable.
        if (Is(@"What is the value of (?<s>{S}) for (?<c>.+)\?") || Is(@"According to the chart, what value does (?<s>{S}) have for (?<c>.+)\?")
            || Is(@"What value is shown for (?<s>{S}) in (?<c>.+)\?"))
        {
            var i = t.Index(G("c"));
            return i < 0 || t.SeriesNamed(G("s")).Values[i] is not { } v ? NotAnswerable : Val(v);
        }

        if (Is(@"(?:According to the chart, w|W)hat (?:is|was) the (?<m>.+) (?:for|in) (?<c>.+)\?") || Is(@"What value (?:is shown|does the chart show) for (?<c>.+)\?"))
        {
            var i = t.Index(G("c"));
            return i < 0 || t.ColumnFor(null).Values[i] is not { } v ? NotAnswerable : t.IsScatter ? throw new InvalidOperationException("scatter values are not labelled") : Val(v);
        }

        throw new InvalidOperationException("unrecognised question");
    }

    private static bool IsSummary(string q) =>
        q is "Summarize the chart." or "Write a brief summary of what the chart shows." or "Describe the main insights of this chart.";

    private static string? CheckSummary(CheckerTable t, string title, string answer)
    {
        var missing = new List<string>();
        if (!answer.Contains($"\"{title}\"", StringComparison.Ordinal))
        {
            missing.Add("title");
        }

        if (t.IsScatter)
        {
            var r = Correlation(t.Columns[0], t.Columns[1]);
            var words = r >= 0.3 ? "a positive relationship" : r <= -0.3 ? "a negative relationship" : "no clear relationship";
            var top = t.Categories[t.Columns[1].Values.IndexOf(t.Columns[1].Values.Max())];
            missing.AddRange(new[] { words, top }.Where(w => !answer.Contains(w, StringComparison.Ordinal)));
        }
        else
        {
            var cells = t.Series.SelectMany(col => col.Values.Select((v, i) => (col, i, v))).Where(x => x.v is not null).ToList();
            foreach (var (col, i, v) in new[] { cells.MaxBy(x => x.v), cells.MinBy(x => x.v) })
            {
                var where = t.Series.Count > 1 ? $"{col.Name}, {t.Categories[i]}" : t.Categories[i];
                missing.AddRange(new[] { Val(v!.Value), where }.Where(w => !answer.Contains(w, StringComparison.Ordinal)));
            }
        }

        return missing.Count == 0 ? null : $"summary lacks {string.Join(", ", missing)}: {answer}";
    }

    private static string ArgExtreme(CheckerTable t, List<decimal?> values, bool max)
    {
        if (values.Any(v => v is null))
        {
            throw new InvalidOperationException("extreme asked over a series with a gap");
        }

        var target = max ? values.Max() : values.Min();
        return values.Count(v => v == target) == 1 ? t.Categories[values.IndexOf(target)] : throw new InvalidOperationException("tied extreme");
    }

    private static decimal Mean(CheckerColumn column) =>
        column.HasGaps ? throw new InvalidOperationException("mean over a gap") : column.Present.Sum() / column.Present.Count;

    private static double Correlation(CheckerColumn x, CheckerColumn y)
    {
        var xs = x.Present.Select(v => (double)v).ToArray();
        var ys = y.Present.Select(v => (double)v).ToArray();
        double mx = xs.Average(), my = ys.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < xs.Length; i++)
        {
            sxy += (xs[i] - mx) * (ys[i] - my);
            sxx += (xs[i] - mx) * (xs[i] - mx);
            syy += (ys[i] - my) * (ys[i] - my);
        }

        return sxy / Math.Sqrt(sxx * syy);
    }

    private static bool Max(string direction) => direction is "highest" or "greatest" or "largest" or "maximum";

    private static string YesNo(bool yes) => yes ? "Yes" : "No";

    private static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Val(decimal v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Round(decimal v, int places)
    {
        var text = Math.Round(v, places, MidpointRounding.AwayFromZero).ToString("0." + new string('#', places), CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }
}
