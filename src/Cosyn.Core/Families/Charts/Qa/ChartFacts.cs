using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa;

/// <summary>A read-only view of a <see cref="ChartSpec"/> with the wording and lookups question makers share.</summary>
public sealed class ChartFacts
{
    private static readonly HashSet<string> ProperFirstWords = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    public ChartFacts(ChartSpec spec, ChartQuestionBank bank)
    {
        Spec = spec ?? throw new ArgumentNullException(nameof(spec));
        Bank = bank ?? throw new ArgumentNullException(nameof(bank));
        CategoryNoun = MeasurePhrase(spec.CategoryLabel);
        CategoryPlural = ChartWords.Plural(CategoryNoun);
    }

    public ChartSpec Spec { get; }

    public ChartQuestionBank Bank { get; }

    /// <summary>The category label as a noun in a sentence, e.g. <c>month</c>, <c>asset class</c>.</summary>
    public string CategoryNoun { get; }

    public string CategoryPlural { get; }

    public IReadOnlyList<string> Categories => Spec.Categories;

    public int SeriesCount => Spec.Series.Count;

    public bool IsScatter => Spec.AxisKind == ChartAxisKind.Numeric;

    public bool IsTime => Spec.AxisKind == ChartAxisKind.Time;

    public bool IsPie => ChartFigureTypes.IsPartOfWhole(Spec.FigureType);

    /// <summary>The value measure as a noun phrase in a sentence.</summary>
    public string Measure => MeasurePhrase(Spec.Measure.Name);

    /// <summary>Unit suffix for explanations (" °C"), empty when unitless.</summary>
    public string UnitSuffix => Spec.Measure.Unit.Length == 0 ? string.Empty : " " + Spec.Measure.Unit;

    /// <summary>Value of series <paramref name="s"/> at category <paramref name="c"/>; null when missing.</summary>
    public decimal? Value(int s, int c) => Spec.Series[s].Values[c] is { } v ? QaNumber.Exact(v) : null;

    /// <summary>All values of a series that has no gaps; null when the series has a missing reading.</summary>
    public decimal[]? Complete(int s) => Spec.Series[s].HasMissing ? null : [.. Spec.Series[s].Values.Select(v => QaNumber.Exact(v!.Value))];

    /// <summary>Scatter x values.</summary>
    public decimal[] XValues => [.. (Spec.XValues ?? []).Select(QaNumber.Exact)];

    /// <summary>Series indices without gaps.</summary>
    public IReadOnlyList<int> CompleteSeries => [.. Enumerable.Range(0, SeriesCount).Where(s => !Spec.Series[s].HasMissing)];

    /// <summary>How the chart shows a value, for explanations: "the bar for Jan" or "the Cod bar for 2019".</summary>
    public string Mark(int s, int c)
    {
        var mark = Spec.FigureType switch
        {
            ChartFigureTypes.Pie or ChartFigureTypes.Donut => "slice",
            ChartFigureTypes.Line or ChartFigureTypes.MultiLine or ChartFigureTypes.Area => "point",
            ChartFigureTypes.StackedBar => "segment",
            ChartFigureTypes.Heatmap => "cell",
            ChartFigureTypes.Radar => "point",
            _ => "bar",
        };
        return SeriesCount > 1 ? $"the {Spec.Series[s].Name} {mark} for {Categories[c]}" : $"the {mark} for {Categories[c]}";
    }

    /// <summary>"the bar for Jan is labelled 12.3 °C".</summary>
    public string Read(int s, int c) => $"{Mark(s, c)} is labelled {QaNumber.Value(Value(s, c)!.Value)}{UnitSuffix}";

    /// <summary>Slot values every phrasing may use, plus <paramref name="extra"/>.</summary>
    public Dictionary<string, string> Slots(params (string Slot, string Value)[] extra)
    {
        var slots = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["{m}"] = Measure,
            ["{cl}"] = CategoryNoun,
            ["{cls}"] = CategoryPlural,
            ["{n}"] = Categories.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (slot, value) in extra)
        {
            slots[slot] = value;
        }

        return slots;
    }

    /// <summary>Lower-cases the first letter unless the first word is an acronym or a proper name (CO₂, ROAS, September).</summary>
    public static string MeasurePhrase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var firstWord = name.Split(' ')[0];
        var acronym = firstWord.Length > 1 && char.IsUpper(firstWord[1]);
        return acronym || ProperFirstWords.Contains(firstWord) || name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }
}
