namespace Cosyn.Tests.Engine;

/// <summary>CoSyn-point fields appear only on pointing rows, so every other pipeline's lines are unchanged.</summary>
public sealed class SampleJsonTests
{
    private static readonly SampleMetadata Metadata = new("point-html", "html", "form with targets", "A nurse", "Checkout", 7);

    [Fact]
    public void Serialize_WithoutPointing_OmitsPointingFields()
    {
        var json = JsonSerializer.Serialize(new Sample("s-1", "images/s-1.png", [new QaPair("Q?", "E.", "A")], Metadata, "{}", "<html/>"), CosynJson.Compact);

        Assert.DoesNotContain("questions", json, StringComparison.Ordinal);
        Assert.DoesNotContain("answer_points", json, StringComparison.Ordinal);
        Assert.EndsWith("\"code\":\"<html/>\"}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_WithPointing_WritesCoSynPointFields()
    {
        var sample = new Sample("s-2", "images/s-2.png", [], Metadata, "{}", "<html/>",
            ["Point to the total.", "Point to every unread email."], [[new AnswerPoint(12.5, 40)], [new AnswerPoint(50, 10.2), new AnswerPoint(50, 20.4)]]);

        var json = JsonSerializer.Serialize(sample, CosynJson.Compact);

        Assert.Contains("\"qa_pairs\":[]", json, StringComparison.Ordinal);
        Assert.Contains("\"questions\":[\"Point to the total.\",\"Point to every unread email.\"]", json, StringComparison.Ordinal);
        Assert.Contains("\"answer_points\":[[{\"x\":12.5,\"y\":40}],[{\"x\":50,\"y\":10.2},{\"x\":50,\"y\":20.4}]]", json, StringComparison.Ordinal);
    }
}
