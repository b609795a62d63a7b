using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Charts.Writers.Html;

/// <summary>Grid lines, value ticks, category labels, axis lines and axis titles of an axis chart.</summary>
internal static class HtmlAxisSvg
{
    public static void Write(HtmlChartContext ctx)
    {
        var (spec, theme, svg) = (ctx.Spec, ctx.Theme, ctx.Svg);
        svg.Line("<g class=\"axis\">");
        foreach (var tick in ctx.Ticks.Values)
        {
            var at = ctx.Scale(tick);
            if (theme.Grid)
            {
                _ = ctx.Horizontal ? svg.Segment(at, ctx.Top, at, ctx.Bottom, "class=\"grid\"") : svg.Segment(ctx.Left, at, ctx.Right, at, "class=\"grid\"");
            }

            _ = ctx.Horizontal
                ? svg.Text(at, ctx.Bottom + theme.FontSize + 6, ctx.TickLabel(tick), "text-anchor=\"middle\"")
                : svg.Text(ctx.Left - 8, at + (theme.FontSize * 0.35), ctx.TickLabel(tick), "text-anchor=\"end\"");
        }

        for (var i = 0; i < spec.Categories.Count; i++)
        {
            var at = ctx.Center(i);
            if (ctx.Horizontal)
            {
                svg.Text(ctx.Left - 8, at + (theme.FontSize * 0.35), spec.Categories[i], "text-anchor=\"end\" class=\"category\"");
            }
            else if (ctx.RotateCategories)
            {
                var y = ctx.Bottom + 12;
                svg.Text(at, y, spec.Categories[i], $"text-anchor=\"end\" class=\"category\" transform=\"rotate(-35 {SvgWriter.Num(at)} {SvgWriter.Num(y)})\"");
            }
            else
            {
                svg.Text(at, ctx.Bottom + theme.FontSize + 6, spec.Categories[i], "text-anchor=\"middle\" class=\"category\"");
            }
        }

        // Axis lines through the baseline (value zero) and along the category side.
        _ = ctx.Horizontal
            ? svg.Segment(ctx.Baseline, ctx.Top, ctx.Baseline, ctx.Bottom, "class=\"axis-line\"")
            : svg.Segment(ctx.Left, ctx.Baseline, ctx.Right, ctx.Baseline, "class=\"axis-line\"");
        var (xTitle, yTitle) = ctx.Horizontal ? (spec.Measure.Label, spec.CategoryLabel) : (spec.CategoryLabel, spec.Measure.Label);
        var middleX = (ctx.Left + ctx.Right) / 2;
        var middleY = (ctx.Top + ctx.Bottom) / 2;
        svg.Text(middleX, theme.Height - 8, xTitle, "text-anchor=\"middle\" class=\"axis-title\"");
        svg.Text(16, middleY, yTitle, $"text-anchor=\"middle\" class=\"axis-title\" transform=\"rotate(-90 16 {SvgWriter.Num(middleY)})\"");
        svg.Line("</g>");
    }
}
