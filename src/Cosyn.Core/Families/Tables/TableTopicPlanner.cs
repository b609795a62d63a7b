using Cosyn.Families.Shared.Topics;
using Cosyn.Synthesis.Procedural;
using Cosyn.Synthesis;
using Cosyn.Text;

namespace Cosyn.Families.Tables;

/// <summary>
/// The topic stage shared by table pipelines: persona -> domain -> template -> figure type -> rows, columns and
/// features (row groups, header groups, totals, highlights). A pipeline passes the figure types it can draw.
/// </summary>
public sealed class TableTopicPlanner(TableTemplateLibrary library) : TemplateTopicPlanner<DomainTableTemplates, TableTemplate>
{
    /// <summary>A planner over the built-in templates.</summary>
    public TableTopicPlanner()
        : this(TableTemplateLibrary.Default)
    {
    }

    protected override IReadOnlyList<string> Domains => library.Domains;

    protected override DomainTableTemplates? Find(string domain) => library.Find(domain);

    protected override IReadOnlyList<TableTemplate> TemplatesOf(DomainTableTemplates domain) => domain.Templates;

    protected override bool Fits(TableTemplate template, string figureType) => TableTemplateFit.Fits(template, figureType);

    protected override string Subject(DomainTableTemplates domain, TableTemplate template) =>
        string.Join(' ', [domain.Domain, template.Id, template.Measure, .. template.Titles, .. template.AllColumns.Select(m => m.Name), .. template.AllRows]);

    /// <summary>Plans one table for <paramref name="ticket"/> among <paramref name="figureTypes"/>.</summary>
    public ProceduralTopic Plan(SampleTicket ticket, IReadOnlyList<string> figureTypes, SeededRandom random)
    {
        var (domain, template, figureType) = PickTemplate(ticket, figureTypes, random);
        var year = random.Next(2012, 2025);
        var title = EnglishPhrases.FillSlot(random.Pick(QueryFocus.Named(template.Titles, ticket.Query)), "{name}", QueryFocus.NameOr(ticket.Query, random.Pick(domain.Names)))
            .Replace("{year}", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        title = char.ToUpperInvariant(title[0]) + title[1..];

        var simple = figureType == TableFigureTypes.Simple;
        var columnGroups = figureType == TableFigureTypes.GroupedHeader;
        var rowGroups = template.Groups.Count >= 2 && (figureType == TableFigureTypes.GroupedHeader ? random.Chance(0.7) : !simple && figureType != TableFigureTypes.Wide && random.Chance(0.4));
        var columns = PickColumns(template, figureType, columnGroups, random);
        var rows = PickRows(template, figureType, rowGroups, random);
        if (figureType == TableFigureTypes.Totals && !columns.Any(c => c.Additive))
        {
            // A totals table needs a column that adds up: swap one in for the last pick.
            columns[^1] = random.Pick(template.AllColumns.Where(c => c.Additive && !columns.Contains(c)).ToList());
            columns = [.. template.AllColumns.Where(columns.Contains)];
        }

        var additive = columns.Any(c => c.Additive);
        var totals = additive && (figureType == TableFigureTypes.Totals || (!simple && random.Chance(0.3)));
        bool? highlight = figureType == TableFigureTypes.Highlighted || (!simple && random.Chance(0.25)) ? random.Chance(0.75) : null;
        var plan = new TablePlan(
            domain.Domain, template, figureType, title, rows, columns, rowGroups, columnGroups, totals, highlight,
            [.. template.AllRows.Except(rows)], [.. template.AllColumns.Select(c => c.Name).Except(columns.Select(c => c.Name))]);
        return new ProceduralTopic(figureType, title, plan);
    }

    private static List<TableTemplateMeasure> PickColumns(TableTemplate template, string figureType, bool groups, SeededRandom random)
    {
        var all = template.AllColumns;
        if (groups)
        {
            // Whole header groups (two or three), so every group spans at least two columns.
            var names = all.Select(c => c.Group).OfType<string>().Distinct().ToList();
            var keep = random.Sample(names, Math.Min(names.Count, random.Next(2, 4))).ToHashSet();
            // More than nine columns crowd a page: drop a group while three remain.
            if (keep.Count > 2 && all.Count(c => c.Group is not null && keep.Contains(c.Group)) > 9)
            {
                keep.Remove(names.Last(keep.Contains));
            }

            return [.. all.Where(c => c.Group is not null && keep.Contains(c.Group))];
        }

        var (min, max) = figureType switch
        {
            TableFigureTypes.Wide => (6, 9),
            TableFigureTypes.LongRows => (2, 4),
            _ => (3, 5),
        };
        var count = Math.Min(all.Count, random.Next(min, max + 1));
        if (template.Time)
        {
            // Periods stay consecutive so trends and changes read naturally.
            var start = random.Next(all.Count - count + 1);
            return [.. all.Skip(start).Take(count)];
        }

        var pick = random.Sample(all, count).ToHashSet();
        return [.. all.Where(pick.Contains)];
    }

    private static List<string> PickRows(TableTemplate template, string figureType, bool groups, SeededRandom random)
    {
        var (min, max) = figureType switch
        {
            TableFigureTypes.Wide => (3, 5),
            TableFigureTypes.LongRows => (9, 14),
            _ => (4, 8),
        };
        if (groups)
        {
            var names = template.Groups.Keys.ToList();
            var keep = random.Sample(names, Math.Min(names.Count, random.Next(2, 4))).ToHashSet();
            var perGroup = Math.Max(2, (random.Next(min, max + 1) + keep.Count - 1) / keep.Count);
            return [.. names.Where(keep.Contains).SelectMany(g =>
            {
                var members = template.Groups[g];
                var pick = random.Sample(members, Math.Min(members.Count, perGroup)).ToHashSet();
                return members.Where(pick.Contains);
            })];
        }

        var all = template.AllRows;
        var count = Math.Min(all.Count, random.Next(min, max + 1));
        var chosen = random.Sample(all, count).ToHashSet();
        return [.. all.Where(chosen.Contains)];
    }
}
