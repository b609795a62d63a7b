namespace Cosyn.Tests.Rendering;

public sealed class FailureTextTests
{
    [Fact]
    public void OneLine_MessageStartingWithNewline_KeepsItsText()
    {
        Assert.Equal("Invalid RGBA argument: 'blu' more detail", FailureText.OneLine("\n  Invalid RGBA argument: 'blu'\n  more detail\n"));
    }

    [Fact]
    public void OneLine_JisonParseError_SaysWhatWasExpectedAndFound()
    {
        var text = "Parse error on line 2:\n...B{Decide  B --> C\n--------------------^\nExpecting 'SQE', 'DOUBLECIRCLEEND', 'PE', '-)', 'STADIUMEND', 'PIPE', got '1'";

        Assert.Equal("Parse error on line 2: ...B{Decide B --> C expecting 'SQE', 'DOUBLECIRCLEEND', 'PE', '-)' or 2 more, got '1'", FailureText.OneLine(text));
    }

    [Fact]
    public void OneLine_LongText_IsCapped()
    {
        var line = FailureText.OneLine(new string('x', 1000));

        Assert.Equal(FailureText.MaxLength, line.Length);
        Assert.EndsWith("…", line, StringComparison.Ordinal);
    }

    [Fact]
    public void OneLine_Nothing_IsEmpty() => Assert.Equal("", FailureText.OneLine(null));
}
