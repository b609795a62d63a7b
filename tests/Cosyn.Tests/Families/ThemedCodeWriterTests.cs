using Cosyn.Families;
using Cosyn.Randomness;

namespace Cosyn.Tests.Families;

public sealed class ThemedCodeWriterTests
{
    [Fact]
    public void Write_DrawsTheThemeBeforeTheWritersOwnChoices()
    {
        var expected = new SeededRandom(11);
        var theme = expected.Next(1000);
        var choice = expected.Next(1000);

        var code = new DrawingWriter().Write("chart", new SeededRandom(11));

        Assert.Equal($"chart in theme {theme}, choice {choice}", code);
    }

    [Fact]
    public void Write_RejectsAMissingModelOrRandom()
    {
        var sut = new DrawingWriter();

        Assert.Throws<ArgumentNullException>(() => sut.Write(null!, new SeededRandom(1)));
        Assert.Throws<ArgumentNullException>(() => sut.Write("chart", null!));
    }

    /// <summary>Draws a number as its theme and another while writing, and shows both.</summary>
    private sealed class DrawingWriter : ThemedCodeWriter<string, int>
    {
        protected override int PickTheme(string model, SeededRandom random) => random.Next(1000);

        protected override string Write(string model, int theme, SeededRandom random) => $"{model} in theme {theme}, choice {random.Next(1000)}";
    }
}
