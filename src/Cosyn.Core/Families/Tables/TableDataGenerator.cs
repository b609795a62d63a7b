namespace Cosyn.Families.Tables;

/// <summary>
/// Turns a <see cref="TablePlan"/> into a <see cref="TableSpec"/>: values with a row effect (big rows are big in every
/// column), a column effect or trend, noise, realistic precision, occasional unreported cells, and no ties within a
/// row or column so every extremum question has one answer.
/// </summary>
public static class TableDataGenerator
{
    public static TableSpec Generate(TablePlan plan, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(random);
        var template = plan.Template;
        var columns = plan.Columns.Select(c => new TableColumn(c.Name, c.Unit, c.Decimals, c.Additive, plan.ColumnGroups ? c.Group : null)).ToList();
        var grid = Values(plan, random);
        if (template.Missing && plan.Rows.Count >= 4 && random.Chance(0.6))
        {
            // One or two unreported cells, never two in one column, so every column keeps real values to compare.
            foreach (var c in random.Sample(Enumerable.Range(0, columns.Count).ToList(), random.Next(1, 3)))
            {
                grid[random.Next(plan.Rows.Count)][c] = null;
            }
        }

        Untie(grid, columns);
        var rows = plan.Rows.Select((name, i) => new TableRow(plan.RowGroups ? GroupOf(template, name) : null, name, grid[i])).ToList();
        return new TableSpec
        {
            Domain = plan.Domain,
            FigureType = plan.FigureType,
            Title = plan.Title,
            Caption = template.IsCross ? Caption(template) : null,
            RowLabel = template.RowLabel,
            GroupLabel = plan.RowGroups ? template.GroupLabel ?? "Group" : null,
            ColumnLabel = template.IsCross ? template.ColumnLabel ?? "Column" : null,
            Measure = template.IsCross ? template.Measure : null,
            Time = template.Time,
            Columns = columns,
            ColumnGroups = plan.ColumnGroups ? Groups(columns) : [],
            Rows = rows,
            Totals = plan.Totals ? Totals(rows, columns) : null,
            Highlight = plan.HighlightHighest is { } highest ? Highlight(rows, columns.Count, highest) : null,
            UnshownRows = plan.UnshownRows,
            UnshownColumns = plan.UnshownColumns,
        };
    }

    /// <summary>The caption of a cross table, which names the one measure and unit all cells share.</summary>
    private static string Caption(TableTemplate template) =>
        template.Unit.Length > 0 ? $"{template.Measure} ({template.Unit})" : template.Measure;

    private static string? GroupOf(TableTemplate template, string row) => template.Groups.First(g => g.Value.Contains(row)).Key;

    private static decimal?[][] Values(TablePlan plan, SeededRandom random)
    {
        var rowLevel = plan.Rows.Select(_ => random.NextDouble(0.3, 1.0)).ToArray();
        var colLevel = TimeOrColumnLevels(plan, random);
        return [.. plan.Rows.Select((_, r) => plan.Columns.Select((c, j) =>
        {
            var (min, max) = (c.Range[0], c.Range[1]);
            var level = plan.Template.IsCross || c.Additive
                ? rowLevel[r] * colLevel[j] * random.NextDouble(0.85, 1.15)
                : random.NextDouble(0.05, 1.0);
            var value = Math.Clamp(min + ((max - min) * level), min, max);
            return (decimal?)Math.Round((decimal)value, c.Decimals, MidpointRounding.AwayFromZero);
        }).ToArray())];
    }

    private static double[] TimeOrColumnLevels(TablePlan plan, SeededRandom random)
    {
        if (!plan.Template.Time)
        {
            return [.. plan.Columns.Select(_ => random.NextDouble(0.65, 1.0))];
        }

        // Periods drift: a steady trend up or down with small steps.
        var level = random.NextDouble(0.6, 0.85);
        var step = random.NextDouble(-0.04, 0.06);
        return [.. plan.Columns.Select((_, j) => Math.Clamp(level + (step * j) + random.NextDouble(-0.03, 0.03), 0.2, 1.15))];
    }

    // Nudges equal values apart by one unit of the last decimal until each row and column holds distinct values.
    private static void Untie(decimal?[][] grid, List<TableColumn> columns)
    {
        for (var r = 0; r < grid.Length; r++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                var step = 1m / Pow10(columns[c].Decimals);
                while (grid[r][c] is { } v && (Enumerable.Range(0, grid.Length).Any(o => o != r && grid[o][c] == v)
                       || Enumerable.Range(0, columns.Count).Any(o => o != c && grid[r][o] == v)))
                {
                    grid[r][c] = v + step;
                }
            }
        }
    }

    private static decimal Pow10(int decimals) => decimals switch { 0 => 1m, 1 => 10m, 2 => 100m, _ => 1000m };

    private static List<TableColumnGroup> Groups(List<TableColumn> columns)
    {
        var groups = new List<TableColumnGroup>();
        for (var i = 0; i < columns.Count;)
        {
            var j = i;
            while (j < columns.Count && columns[j].Group == columns[i].Group)
            {
                j++;
            }

            groups.Add(new TableColumnGroup(columns[i].Group ?? string.Empty, i, j - i));
            i = j;
        }

        return groups;
    }

    private static List<decimal?> Totals(List<TableRow> rows, List<TableColumn> columns) =>
        [.. columns.Select((c, j) => c.Additive ? rows.Sum(r => r.Cells[j] ?? 0m) : (decimal?)null)];

    private static TableHighlight Highlight(List<TableRow> rows, int columns, bool highest)
    {
        var cells = Enumerable.Range(0, columns).Select(c =>
        {
            var present = rows.Select((r, i) => (i, v: r.Cells[c])).Where(x => x.v is not null).ToList();
            var pick = highest ? present.MaxBy(x => x.v) : present.MinBy(x => x.v);
            return new TableCellRef(pick.i, c);
        });
        return new TableHighlight(highest, [.. cells]);
    }
}
