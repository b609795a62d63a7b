using Cosyn.Text;

namespace Cosyn.Tests.Text;

public sealed class WordTokenizerTests
{
    [Fact]
    public void Words_AreLowerCaseRunsOfLettersAndDigits()
    {
        Assert.Equal(["high", "school", "teacher", "s", "2nd", "café"], WordTokenizer.Words("High-school teacher's 2nd Café!"));
    }

    [Fact]
    public void Words_OfPunctuationOnly_AreNone()
    {
        Assert.Empty(WordTokenizer.Words(" -- , ."));
    }
}
