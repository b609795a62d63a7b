using Cosyn.Families.Screens.Model;
using Cosyn.Families.Screens.Writers.Html;
using Cosyn.Families.Shared.Qa;

using static Cosyn.Families.Screens.Qa.ScreenQuestions;

namespace Cosyn.Families.Screens.Qa;

/// <summary>Questions about a KPI dashboard: values, previous values, changes, and which KPI rose or fell most.</summary>
public static class DashboardQa
{
    public static ScreenQuestionSet Questions(DashboardScreen d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var asked = new ScreenQuestionCollector();
        var names = d.Kpis.Select(k => k.Name).ToList();
        foreach (var k in d.Kpis)
        {
            var unit = k.Unit.Length > 0 ? " " + k.Unit : string.Empty;
            asked.ShortAnswer("value", $"What is the current value of {k.Name}?", $"The {k.Name} card shows {ScreenFormat.Number(k.Value, k.Decimals)}{unit}.",
                QaNumber.Value(k.Value), [QaNumber.Value(k.Previous), .. d.Kpis.Where(o => o != k).Select(o => QaNumber.Value(o.Value))]);
            asked.ShortAnswer("previous", $"What was the previous value of {k.Name}?", $"Below the value, the {k.Name} card reads \"prev. {ScreenFormat.Number(k.Previous, k.Decimals)}\".",
                QaNumber.Value(k.Previous), [QaNumber.Value(k.Value)]);
            asked.ShortAnswer("change", $"By what percentage did {k.Name} change compared with the previous period?",
                $"The badge on the {k.Name} card shows {ScreenFormat.Change(k.ChangePercent)}, i.e. ({QaNumber.Value(k.Value)} - {QaNumber.Value(k.Previous)}) / {QaNumber.Value(k.Previous)} × 100.",
                QaNumber.Value(k.ChangePercent), [QaNumber.Value(-k.ChangePercent), .. d.Kpis.Where(o => o != k).Select(o => QaNumber.Value(o.ChangePercent))]);
            var difference = k.Value - k.Previous;
            asked.ShortAnswer("difference", $"What is the difference between the current and previous value of {k.Name}?",
                $"{QaNumber.Value(k.Value)} - {QaNumber.Value(k.Previous)} = {QaNumber.Rounded(difference)}.", QaNumber.Rounded(difference));
            asked.YesNo($"Did {k.Name} increase compared with the previous period?",
                $"{k.Name} went from {QaNumber.Value(k.Previous)} to {QaNumber.Value(k.Value)} ({ScreenFormat.Change(k.ChangePercent)}), so it {(k.ChangePercent > 0 ? "increased" : "decreased")}.", k.ChangePercent > 0);
        }

        var changes = string.Join(", ", d.Kpis.Select(k => $"{k.Name} {ScreenFormat.Change(k.ChangePercent)}"));
        var best = d.Kpis.MaxBy(k => k.ChangePercent)!;
        if (best.ChangePercent > 0 && d.Kpis.Count(k => k.ChangePercent == best.ChangePercent) == 1)
        {
            asked.ShortAnswer("rose-most", "Which KPI rose the most in percentage terms?", $"The changes are {changes}; the largest rise is {best.Name}.", best.Name, names);
        }

        var worst = d.Kpis.MinBy(k => k.ChangePercent)!;
        if (worst.ChangePercent < 0 && d.Kpis.Count(k => k.ChangePercent == worst.ChangePercent) == 1)
        {
            asked.ShortAnswer("fell-most", "Which KPI fell the most in percentage terms?", $"The changes are {changes}; the largest fall is {worst.Name}.", worst.Name, names);
        }

        var up = d.Kpis.Count(k => k.ChangePercent > 0);
        asked.ShortAnswer("count-up", "How many KPIs went up compared with the previous period?", $"The changes are {changes}; {up} of them are positive.", Count(up), NearCounts(up));
        asked.ShortAnswer("count", "How many KPI cards does the dashboard show?", $"The cards are {List(names)}: {d.Kpis.Count} in all.", Count(d.Kpis.Count), NearCounts(d.Kpis.Count));
        asked.Summary("Summarize what this dashboard shows.",
            $"The {d.App} \"{d.Title}\" dashboard shows {d.Kpis.Count} KPIs with changes {d.Period}: {changes}. {up} of {d.Kpis.Count} went up.");
        foreach (var k in d.Kpis.Take(2))
        {
            asked.Unanswerable($"What is the target value for {k.Name}?", $"The {k.Name} card shows the current and previous values and a trend line, but no target.");
        }

        asked.Unanswerable("Who prepared this dashboard?", "No author or owner is named anywhere on the dashboard.");
        return asked.Close();
    }
}
