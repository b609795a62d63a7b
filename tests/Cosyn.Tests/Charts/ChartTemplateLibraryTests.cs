using Cosyn.Personas;
using Cosyn.Synthesis.Procedural.Charts;

namespace Cosyn.Tests.Charts;

/// <summary>The domain template files: complete, sane, and able to make every figure type in every domain.</summary>
public sealed class ChartTemplateLibraryTests
{
    public static TheoryData<string> Domains => [.. DomainKeys.All.Append(DomainKeys.General)];

    [Theory]
    [MemberData(nameof(Domains))]
    public void Domain_HasSaneTemplatesForEveryFigureType(string domain)
    {
        var templates = ChartTemplateLibrary.Default.Find(domain);
        Assert.NotNull(templates);
        Assert.True(templates.Templates.Count >= 4);
        Assert.True(templates.Names.Count >= 4);
        var types = templates.Templates.SelectMany(t => t.FigureTypes).ToHashSet();
        Assert.Equal(10, types.Count);
        foreach (var t in templates.Templates)
        {
            var id = $"{domain}/{t.Id}";
            Assert.True(t.Titles.Count >= 2, id);
            Assert.True(t.Range[0] < t.Range[1], id);
            Assert.InRange(t.Decimals, 0, 3);
            Assert.False(string.IsNullOrWhiteSpace(t.Measure), id);
            Assert.All(t.Titles, title => Assert.DoesNotMatch(@"\{(?!name|year|start|end)\w*\}", title));
            if (t.Axis is ChartTemplateAxes.Category or ChartTemplateAxes.Xy)
            {
                Assert.True(t.Categories.Count >= 6, id);
                Assert.NotNull(t.Label);
            }

            if (t.Axis == ChartTemplateAxes.Xy)
            {
                Assert.NotNull(t.X);
                Assert.InRange(t.Correlation, -1, 1);
            }

            Assert.True(t.Series.Count is 0 or >= 3, id);
            Assert.False(t.Axis == ChartTemplateAxes.Quarter && t.Titles.Any(x => x.Contains("{year}", StringComparison.Ordinal)), id);
        }
    }

    [Fact]
    public void UnclassifiablePersona_StillGetsADomain()
    {
        var sample = ChartSamples.Make(12, persona: "Someone.");
        Assert.False(string.IsNullOrEmpty(((ChartSpec)sample.Data.Model).Domain));
    }
}
