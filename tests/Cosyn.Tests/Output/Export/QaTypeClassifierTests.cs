using Cosyn.Model;
using Cosyn.Output.Export;

namespace Cosyn.Tests.Output.Export;

public sealed class QaTypeClassifierTests
{
    [Theory]
    [InlineData("What is the total?", "128", QaType.ShortAnswer)]
    [InlineData("Which bin is largest?\nA. 20–30\nB. 30–40\nC. 40–50\nD. 50–60", "B", QaType.MultipleChoice)]
    [InlineData("Is the 2020 value higher than 2019?", "Yes", QaType.YesNo)]
    [InlineData("Does the circuit include a capacitor?", "no.", QaType.YesNo)]
    [InlineData("Describe the main insights of this chart.", "Sales rose ...", QaType.Summary)]
    [InlineData("Write a brief summary of what the chart shows.", "It shows ...", QaType.Summary)]
    [InlineData("Summarize this checkout screen.", "A checkout ...", QaType.Summary)]
    [InlineData("Who collected the data?", "The chart does not provide this information.", QaType.Unanswerable)]
    [InlineData("What is the CEO's name?", "This cannot be determined from the image.", QaType.Unanswerable)]
    [InlineData("Which letter labels the vertex?", "B", QaType.ShortAnswer)]
    public void Classify_ByShape(string question, string answer, string expected) =>
        Assert.Equal(expected, QaTypeClassifier.Classify(new QaPair(question, "because", answer)));
}
