using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers.Extended;

/// <summary>Histogram reading and counting from the labelled bar counts: one bin, the most common bin, the total, counts below or above an edge, a bin's share.</summary>
public sealed class HistogramQuestion : QuestionMaker<ChartFacts>
{
    private const string Rule = "Each bin counts values from its lower edge up to, but not including, its upper edge.";

    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        var h = new HistogramBins(facts);
        var all = Enumerable.Range(0, h.Counts.Length).ToList();
        var subj = ("{subj}", h.Subject);
        var roll = random.NextDouble();
        if (roll < 0.25)
        {
            var b = random.Next(h.Counts.Length);
            var answer = Int(h.Counts[b]);
            var q = facts.Bank.Phrase("hist-bin", random, facts.Slots(subj, ("{bu}", h.WithUnit(b))));
            return ChartQuestions.ShortAnswer("hist-bin", q, $"The bar for the {h.WithUnit(b)} bin is labelled {answer}. So the answer is {answer}.", answer,
                ChartStats.NumericDistractors(answer, h.Counts.Select(c => (decimal)c), random));
        }

        if (roll < 0.45)
        {
            var mode = Array.IndexOf(h.Counts, h.Counts.Max());
            var q = facts.Bank.Phrase("hist-mode", random, facts.Slots(subj));
            return ChartQuestions.ShortAnswer("hist-mode", q,
                $"The bars are labelled {h.Listing(all)}. The tallest bar, {h.Counts[mode]}, is the {h.WithUnit(mode)} bin. So the answer is {h.Labels[mode]}.",
                h.Labels[mode], ExtendedQa.NameDistractors(h.Labels, h.Labels[mode], random));
        }

        if (roll < 0.6)
        {
            var answer = Int(h.Total);
            var q = facts.Bank.Phrase("hist-total", random, facts.Slots(subj));
            return ChartQuestions.ShortAnswer("hist-total", q,
                $"Add the labelled counts of every bar: {string.Join(" + ", h.Counts)} = {answer}. So the answer is {answer}.", answer, ExtendedQa.CountDistractors(h.Total));
        }

        if (roll < 0.85 && h.Counts.Length > 2)
        {
            var edge = random.Next(1, h.Counts.Length);
            var below = random.Chance(0.5);
            var bins = below ? all.Take(edge).ToList() : all.Skip(edge).ToList();
            var n = bins.Sum(b => h.Counts[b]);
            var t = QaNumber.Value(h.Edges[edge]);
            var q = facts.Bank.Phrase(below ? "hist-below" : "hist-above", random, facts.Slots(subj, ("{t}", t), ("{u}", h.UnitSuffix)));
            var answer = Int(n);
            return ChartQuestions.ShortAnswer(below ? "hist-below" : "hist-above", q,
                $"{Rule} The bins {(below ? "below" : "from")} {t}{h.UnitSuffix} {(below ? "are" : "on are")} {h.Listing(bins)}. Adding them: {string.Join(" + ", bins.Select(b => h.Counts[b]))} = {answer}. So the answer is {answer}.", answer,
                ExtendedQa.CountDistractors(n));
        }

        var bin = random.Next(h.Counts.Length);
        var pct = QaNumber.Rounded((decimal)h.Counts[bin] / h.Total * 100, 1);
        var question = facts.Bank.Phrase("hist-share", random, facts.Slots(subj, ("{bu}", h.WithUnit(bin))));
        return ChartQuestions.ShortAnswer("hist-share", question,
            $"The {h.WithUnit(bin)} bar is labelled {h.Counts[bin]}, and all bars add up to {string.Join(" + ", h.Counts)} = {h.Total}. Its share is {h.Counts[bin]} / {h.Total} × 100 = {pct}%. So the answer is {pct}.", pct,
            ChartStats.NumericDistractors(pct, [QaNumber.Round((decimal)h.Counts[bin] / h.Total * 10, 1), h.Counts[bin]], random));
    }

    private static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);
}
