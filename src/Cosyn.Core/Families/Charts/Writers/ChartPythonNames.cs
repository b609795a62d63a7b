using Cosyn.Families.Shared.Code;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Writers;

/// <summary>Variable names a Python chart script gives its data lists, derived from the chart's labels (e.g. <c>months</c>, <c>rainfall</c>).</summary>
public sealed class ChartPythonNames
{
    public ChartPythonNames(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        Category = PythonSyntax.Identifier(ChartWords.Plural(spec.CategoryLabel), "categories");
        Value = PythonSyntax.Identifier(spec.Measure.Name, "values");
        if (Value == Category)
        {
            Value += "_values";
        }

        X = spec.XMeasure is null ? "x_values" : PythonSyntax.Identifier(spec.XMeasure.Name, "x_values");
        if (X == Value || X == Category)
        {
            X += "_x";
        }
    }

    /// <summary>Name of the list holding the categories (e.g. <c>months</c>).</summary>
    public string Category { get; }

    /// <summary>Name of the list holding a single series' values (e.g. <c>sea_surface_temperature</c>).</summary>
    public string Value { get; }

    /// <summary>Scatter: name of the list holding x values.</summary>
    public string X { get; }
}
