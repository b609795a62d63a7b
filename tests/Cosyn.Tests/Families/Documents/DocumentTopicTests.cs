using System.Xml;
using System.Xml.Linq;
using Cosyn.Families.Documents;

namespace Cosyn.Tests.Families.Documents;

/// <summary>Figure types and queries steer the kind and subject; personas steer content; the generated HTML parses strictly.</summary>
public sealed class DocumentTopicTests
{
    private static readonly string[] ClinicalPanels = ["Comprehensive Metabolic Panel", "Complete Blood Count", "Lipid and Thyroid Panel"];

    [Fact]
    public void NutritionQuery_YieldsNutritionLabels_OfVariedProducts()
    {
        var samples = Enumerable.Range(0, 40).Select(s => DocumentSamples.Make("document-html", s, query: "nutrition fact labels")).ToList();
        Assert.All(samples, s => Assert.Equal(DocumentKinds.NutritionLabel, s.Topic.FigureType));
        var products = samples.Select(s => ((DocumentSpec)s.Data.Model).Field("Product")!.Value).Distinct().Count();
        Assert.True(products >= 10, $"only {products} distinct products");
    }

    [Fact]
    public void QueryNamingAProduct_PicksThatProductMostOfTheTime()
    {
        var samples = Enumerable.Range(0, 20).Select(s => DocumentSamples.Make("document-html", s, query: "nutrition labels for yogurt")).ToList();
        Assert.True(samples.Count(s => ((DocumentSpec)s.Data.Model).Field("Product")!.Value.Contains("Yogurt", StringComparison.Ordinal)) >= 12);
    }

    [Fact]
    public void FigureType_IsHonoured_AndQueryDomainConditionsContent()
    {
        foreach (var kind in DocumentSamples.Pipeline("document-latex").FigureTypes)
        {
            Assert.Equal(kind, DocumentSamples.Make("document-latex", 3, kind).Topic.FigureType);
        }

        var invoice = (DocumentSpec)DocumentSamples.Make("document-latex", 5, query: "bakery invoices", persona: "A bakery owner who supplies cafés").Data.Model;
        Assert.Equal(DocumentKinds.Invoice, invoice.Kind);
        var food = DocumentLexicon.Default.Domain("food");
        Assert.All(invoice.Tables[0].Rows, r => Assert.Contains(r[0].Text, food.Goods.Concat(food.Services).Select(g => g.Name)));
        var lab = (DocumentSpec)DocumentSamples.Make("document-latex", 5, DocumentKinds.LabReport, persona: "A nurse at a family clinic").Data.Model;
        Assert.Contains(lab.Title, ClinicalPanels);
    }

    [Fact]
    public void HtmlDocuments_ParseStrictly()
    {
        for (var seed = 0; seed < 150; seed++)
        {
            var sample = DocumentSamples.Make("document-html", seed);
            using var reader = XmlReader.Create(new StringReader(sample.Code), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
            var doc = XDocument.Load(reader);
            Assert.Equal(sample.Topic.FigureType == DocumentKinds.NutritionLabel ? "Nutrition Facts" : ((DocumentSpec)sample.Data.Model).Title, doc.Descendants("title").Single().Value);
        }
    }
}
