using Cosyn.Families.Charts;
using Cosyn.Personas;

namespace Cosyn.Tests.Families.Charts;

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
        Assert.Subset(types, ChartFigureTypes.Standard.ToHashSet());
        foreach (var t in templates.Templates)
        {
            var id = $"{domain}/{t.Id}";
            Assert.True(t.Titles.Count >= (t.Kind is null ? 2 : 1), id);
            Assert.True(t.Range[0] < t.Range[1], id);
            Assert.InRange(t.Decimals, 0, 3);
            Assert.False(string.IsNullOrWhiteSpace(t.Measure), id);
            Assert.All(t.Titles, title => Assert.DoesNotMatch(@"\{(?!name|year|start|end|month)\w*\}", title));
            if (t.Kind is null && t.Axis is ChartTemplateAxes.Category or ChartTemplateAxes.Xy)
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
    public void EveryExtendedType_HasTemplatesInSeveralDomains()
    {
        var library = ChartTemplateLibrary.Default;
        foreach (var type in ChartFigureTypes.Extended)
        {
            var domains = library.Domains.Count(d => library.Find(d)!.Templates.Any(t => t.FigureTypes.Contains(type)));
            Assert.True(domains >= 8, $"{type}: only {domains} domains");
        }
    }

    [Fact]
    public void KindTemplates_HaveTheFieldsTheirDataNeeds()
    {
        var library = ChartTemplateLibrary.Default;
        foreach (var t in library.Domains.SelectMany(d => library.Find(d)!.Templates).Where(t => t.Kind is not null))
        {
            switch (t.Kind)
            {
                case ChartTemplateKinds.Observations:
                    Assert.True(t.Categories.Count >= 4 && t.PoolTitles.Count >= 1 && t.Subject.Length > 0, t.Id);
                    break;
                case ChartTemplateKinds.Stages:
                    Assert.True(t.Categories.Count >= 5, t.Id);
                    break;
                case ChartTemplateKinds.Bridge:
                    Assert.True(t.Increases.Count >= 1 && t.Decreases.Count >= 2 && t.Steps[0] < t.Steps[1], t.Id);
                    break;
                case ChartTemplateKinds.Ohlc:
                    Assert.InRange(t.Volatility, 0.005, 0.1);
                    Assert.All(t.Titles, title => Assert.Contains("{month}", title, StringComparison.Ordinal));
                    break;
                default:
                    Assert.Fail($"{t.Id}: unknown kind {t.Kind}");
                    break;
            }
        }
    }

    [Fact]
    public void UnclassifiablePersona_StillGetsADomain()
    {
        var sample = ChartSamples.Make(12, persona: "Someone.");
        Assert.False(string.IsNullOrEmpty(((ChartSpec)sample.Data.Model).Domain));
    }
}
