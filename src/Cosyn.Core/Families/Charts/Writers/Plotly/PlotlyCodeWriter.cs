using Cosyn.Families.Shared.Code;

using static Cosyn.Families.Shared.Code.PythonSyntax;

namespace Cosyn.Families.Charts.Writers.Plotly;

/// <summary>
/// Writes an idiomatic Plotly script for a <see cref="ChartSpec"/>: data hard-coded, graph objects or plotly.express,
/// styling drawn from a random theme, every value a question may ask about labelled, ending in <c>fig.show()</c>.
/// </summary>
public sealed class PlotlyCodeWriter : ThemedCodeWriter<ChartSpec, PlotlyTheme>
{
    protected override PlotlyTheme PickTheme(ChartSpec spec, SeededRandom random) => PlotlyThemes.Pick(random, wide: spec.Categories.Count >= 8 || spec.IsMultiSeries || spec.FigureType is ChartFigureTypes.Histogram or ChartFigureTypes.Bubble);

    protected override string Write(ChartSpec spec, PlotlyTheme theme, SeededRandom random)
    {
        var ctx = new PlotlyContext(spec, theme, new PythonScript(), random);
        var py = ctx.Py;
        if (ctx.Express)
        {
            py.Line("import pandas as pd");
            py.Line("import plotly.express as px");
        }
        else
        {
            if (spec.FigureType is ChartFigureTypes.Box or ChartFigureTypes.Histogram)
            {
                py.Line("import numpy as np");
            }

            py.Line("import plotly.graph_objects as go");
            if (spec.FigureType == ChartFigureTypes.DualAxis)
            {
                py.Line("from plotly.subplots import make_subplots");
            }

            if (theme.UsesPxColors)
            {
                py.Line("import plotly.express as px");
            }
        }

        py.Blank();
        if (ctx.Express)
        {
            PlotlyExpressCode.WriteFrame(ctx);
        }
        else if (!PlotlyExtendedCode.WriteData(ctx))
        {
            WriteData(ctx);
        }

        py.Blank();
        py.Line($"colors = {theme.Colors}").Blank();
        if (!PlotlyExtendedCode.WriteBody(ctx))
        {
            FigureBody(ctx);
        }

        py.Blank();
        PlotlyLayoutCode.Write(ctx);
        py.Blank();
        py.Line("fig.show()");
        return py.ToString();
    }

    private static void WriteData(PlotlyContext ctx)
    {
        var (spec, py, names) = (ctx.Spec, ctx.Py, ctx.Names);
        py.Line($"{names.Category} = {StrList(spec.Categories)}");
        if (spec.XValues is not null)
        {
            py.Line($"{names.X} = {NumberList(spec.XValues.Select(v => (double?)v), spec.XMeasure!.Decimals)}");
        }

        if (!spec.IsMultiSeries)
        {
            py.Line($"{names.Value} = {NumberList(spec.Series[0].Values, spec.Measure.Decimals, "None")}");
            return;
        }

        py.Line("data = {");
        foreach (var series in spec.Series)
        {
            py.Line($"    {Str(series.Name)}: {NumberList(series.Values, spec.Measure.Decimals, "None")},");
        }

        py.Line("}");
    }

    private static void FigureBody(PlotlyContext ctx)
    {
        if (ctx.Express)
        {
            PlotlyExpressCode.Write(ctx);
            return;
        }

        switch (ctx.Spec.FigureType)
        {
            case ChartFigureTypes.Bar:
            case ChartFigureTypes.HorizontalBar:
            case ChartFigureTypes.GroupedBar:
            case ChartFigureTypes.StackedBar:
                PlotlyBarCode.Write(ctx);
                break;
            case ChartFigureTypes.Line:
            case ChartFigureTypes.MultiLine:
            case ChartFigureTypes.Area:
                PlotlyLineCode.Write(ctx);
                break;
            case ChartFigureTypes.Pie:
            case ChartFigureTypes.Donut:
                PlotlyPieCode.Write(ctx);
                break;
            case ChartFigureTypes.Scatter:
                PlotlyScatterCode.Write(ctx);
                break;
            default:
                throw new ArgumentException($"chart-plotly cannot draw figure type '{ctx.Spec.FigureType}'.", nameof(ctx));
        }
    }
}
