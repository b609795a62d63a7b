using System.Net;
using System.Xml.Linq;
using Cosyn.Families.Charts;
using Cosyn.Families.Charts.Writers.Html;

namespace Cosyn.Tests.Families.Charts.Writers.Html;

/// <summary>Reads the generated markup (cheap, every seed): well-formed SVG whose text holds the title, categories and every value.</summary>
public sealed class ChartHtmlMarkupTests
{
    [Fact]
    public void EverySample_LabelsTitleCategoriesAndValues_InWellFormedSvg()
    {
        var pipeline = new ChartHtmlPipeline();
        var failures = new List<string>();
        foreach (var figureType in pipeline.FigureTypes)
        {
            for (var seed = 0; seed < 200; seed++)
            {
                var sample = PipelineSamples.Make(pipeline, seed, figureType);
                failures.AddRange(Problems(sample).Select(p => $"{figureType} seed {seed}: {p}"));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(25)));
    }

    [Fact]
    public void Pages_UseNoScriptsOrExternalResources()
    {
        var pipeline = new ChartHtmlPipeline();
        foreach (var figureType in pipeline.FigureTypes)
        {
            var code = PipelineSamples.Make(pipeline, 1, figureType).Code;
            Assert.DoesNotContain("<script", code, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(@"(src|href)\s*=|url\(|@import", code);
        }
    }

    private static IEnumerable<string> Problems(ProceduralSample sample)
    {
        var spec = (ChartSpec)sample.Data.Model;
        var match = Regex.Match(sample.Code, "<svg .*?</svg>", RegexOptions.Singleline);
        if (!match.Success)
        {
            yield return "no svg";
            yield break;
        }

        if (Parse(match.Value) is not { } svg)
        {
            yield return "svg is not well-formed XML";
            yield break;
        }

        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        var legend = Regex.Matches(sample.Code, "<li>.*?</span>(.*?)</li>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));
        var shown = texts.Concat(legend).ToList();
        var h1 = WebUtility.HtmlDecode(Regex.Match(sample.Code, "<h1>(.*?)</h1>").Groups[1].Value);
        if (h1 != spec.Title)
        {
            yield return $"title '{h1}'";
        }

        var pie = ChartFigureTypes.IsPartOfWhole(spec.FigureType);
        foreach (var category in spec.Categories.Where(c => !shown.Any(t => pie ? t.StartsWith(c + ": ", StringComparison.Ordinal) : t == c)))
        {
            yield return $"category '{category}' not drawn";
        }

        var tokens = shown.SelectMany(t => t.Split(' ', ':')).ToHashSet(StringComparer.Ordinal);
        foreach (var value in spec.Series.SelectMany(s => s.Values).OfType<double>().Select(spec.Measure.Format).Where(v => !tokens.Contains(v)))
        {
            yield return $"value {value} is not labelled";
        }

        foreach (var number in svg.Descendants().Attributes().Where(a => a.Name.LocalName is "x" or "y" or "width" or "height").Where(a => !double.TryParse(a.Value, System.Globalization.CultureInfo.InvariantCulture, out var v) || double.IsNaN(v) || v < -1))
        {
            yield return $"bad geometry {number}";
        }
    }

    private static XElement? Parse(string svg)
    {
        try
        {
            return XElement.Parse(svg.Replace("<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" ", StringComparison.Ordinal));
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }
}
