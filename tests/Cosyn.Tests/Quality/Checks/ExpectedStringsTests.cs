using Cosyn.Quality.Checks;

namespace Cosyn.Tests.Quality.Checks;

/// <summary>Only strings the code really writes are expected in the image; short ones must stand in it as whole tokens.</summary>
public sealed class ExpectedStringsTests
{
    // The offline graphic-asymptote rectangle: the data names the sides AB, BC and AC, the image labels only the corners.
    private const string Rectangle = """
        pair A = (0, 0);
        pair B = (18, 0);
        draw(A--B, edge);
        draw(A--C, edge + dashed);
        label("$18$~cm", midpoint(A--B), (0, -1));
        label("$A$", A, (-0.707, -0.707));
        label("$B$", B, (0.707, -0.707));
        label("Rectangle ABCD", (9, 14));
        """;

    [Fact]
    public void Short_strings_that_are_only_glued_together_from_code_tokens_are_not_expected()
    {
        var expected = ExpectedStrings.WrittenBy(Rectangle, ["AB", "BC", "AC", "ABCD", "Rectangle ABCD"]);

        Assert.Equal(["ABCD", "Rectangle ABCD"], expected);
    }

    [Theory]
    [InlineData("ax.bar(['Q1', 'Q2'], [3, 4])", "Q1")]
    [InlineData("<td>NY</td><td>4</td>", "NY")]
    [InlineData(@"symbolic x coords={Jan,Feb}", "Feb")]
    [InlineData("label(\"$AB = 18$\", (9, -1));", "AB")]
    // Longer strings keep the normalised match: spacing and punctuation may differ between data and code.
    [InlineData("ax.set_title('Rainfall, Seattle')", "Rainfall Seattle")]
    public void Strings_the_code_writes_are_expected(string code, string text) =>
        Assert.Equal([text], ExpectedStrings.WrittenBy(code, [text]));
}
