using System.Globalization;
using System.Text;
using Cosyn.Model;
using Cosyn.Output.Export;
using Cosyn.Store;

namespace Cosyn.Output.Report;

/// <summary>One gallery card: a written sample (image, QA, explanations, data and code collapsed) or a failed one (stage, reason, log excerpt).</summary>
public static class GalleryCard
{
    /// <summary>Longest data / code / log shown in a card; the rest is in the run folder.</summary>
    public const int MaxText = 6000;

    /// <summary>Failed samples have no figure type on record; the filter shows them under this value.</summary>
    public const string UnknownFigureType = "(not recorded)";

    public static void Passed(StringBuilder html, Sample sample, string imageUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(sample);
        var m = sample.Metadata;
        Open(html, "card", m.Pipeline, m.FigureType, "passed");
        html.Append(CultureInfo.InvariantCulture, $"<div><b>{Html.Text(sample.Id)}</b></div><div class=\"meta\"><span class=\"tag\">{Html.Text(m.Pipeline)}</span><span class=\"tag\">{Html.Text(m.FigureType)}</span>");
        if (m.RenderAttempts is > 1)
        {
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"tag\">rendered after {m.RenderAttempts - 1} repair(s)</span>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</div><div class=\"meta\">{Html.Text(m.Topic)}</div>");
        html.Append(CultureInfo.InvariantCulture, $"<img loading=\"lazy\" src=\"{Html.Text(imageUrl)}\" alt=\"{Html.Text(sample.Id)}\">");
        html.Append(CultureInfo.InvariantCulture, $"<details><summary>persona</summary><div>{Html.Text(m.Persona)}</div></details>");
        html.Append("<ol class=\"qa\">");
        foreach (var pair in sample.QaPairs)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><div class=\"q\">{Html.Text(pair.Question)}</div><div class=\"a\">{Html.Text(pair.Answer)}</div>");
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"tag\">{Html.Text(QaTypeClassifier.Classify(pair))}</span><details><summary>explanation</summary><div>{Html.Text(pair.Explanation)}</div></details></li>");
        }

        for (var i = 0; i < (sample.Questions?.Count ?? 0); i++)
        {
            var points = sample.AnswerPoints is { } a && i < a.Count ? a[i] : [];
            var text = string.Join("; ", points.Select(p => string.Create(CultureInfo.InvariantCulture, $"({p.X}, {p.Y})")));
            html.Append(CultureInfo.InvariantCulture, $"<li><div class=\"q\">{Html.Text(sample.Questions![i])}</div><div class=\"a\">{Html.Text(text)}</div><span class=\"tag\">pointing</span></li>");
        }

        html.Append("</ol>");
        Collapsed(html, "data", sample.Data);
        Collapsed(html, "code", sample.Code);
        html.Append("</article>\n");
    }

    public static void Rejected(StringBuilder html, StoredSample failure)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(failure);
        Open(html, "card rejected", failure.Pipeline, UnknownFigureType, "rejected");
        html.Append(CultureInfo.InvariantCulture, $"<div><b>plan slot {failure.Index}</b></div><div class=\"meta\"><span class=\"tag\">{Html.Text(failure.Pipeline)}</span>");
        html.Append(CultureInfo.InvariantCulture, $"<span class=\"tag\">{Html.Text(failure.Stage)}/{Html.Text(failure.Reason)}</span><span class=\"tag\">{failure.RenderAttempts} render attempt(s)</span></div>");
        html.Append(CultureInfo.InvariantCulture, $"<pre>{Html.Excerpt(failure.Detail, MaxText)}</pre>");
        html.Append("</article>\n");
    }

    private static void Open(StringBuilder html, string cssClass, string pipeline, string figureType, string status) =>
        html.Append(CultureInfo.InvariantCulture, $"<article class=\"{cssClass}\" data-pipeline=\"{Html.Text(pipeline)}\" data-figure=\"{Html.Text(figureType)}\" data-status=\"{status}\">");

    private static void Collapsed(StringBuilder html, string name, string text) =>
        html.Append(CultureInfo.InvariantCulture, $"<details><summary>{name} ({text.Length} chars)</summary><pre>{Html.Excerpt(text, MaxText)}</pre></details>");
}
