using Cosyn.Text;

namespace Cosyn.Tests.Text;

public sealed class EnglishPhrasesTests
{
    [Theory]
    [InlineData("marine biologist", "a")]
    [InlineData("archaeologist", "an")]
    [InlineData("urban planner", "an")]
    [InlineData("university lecturer", "a")]
    [InlineData("undergraduate", "an")]
    [InlineData("HR manager", "an")]
    [InlineData("SEO specialist", "an")]
    [InlineData("IT support technician", "an")]
    [InlineData("UX designer", "a")]
    [InlineData("GIS analyst", "a")]
    [InlineData("e-commerce manager", "an")]
    [InlineData("hour-long class", "an")]
    [InlineData("one-person band", "a")]
    public void IndefiniteArticle_Phrase_MatchesSpokenSound(string phrase, string expected)
    {
        Assert.Equal(expected, EnglishPhrases.IndefiniteArticle(phrase));
    }

    [Theory]
    [InlineData("watches birds", "watch birds")]
    [InlineData("flies drones", "fly drones")]
    [InlineData("fixes laptops", "fix laptops")]
    [InlineData("practises yoga", "practise yoga")]
    [InlineData("canoes on lakes", "canoe on lakes")]
    [InlineData("goes camping", "go camping")]
    [InlineData("has a dog", "have a dog")]
    [InlineData("3D-prints spare parts", "3D-print spare parts")]
    public void BaseForm_ThirdPerson_GivesFormAfterThey(string phrase, string expected)
    {
        Assert.Equal(expected, EnglishPhrases.BaseForm(phrase));
    }

    [Theory]
    [InlineData("Does studying pay off? A {name} class in 2023", "Eastside Charter School", "Does studying pay off? An Eastside Charter School class in 2023")]
    [InlineData("Grades in a {name} class", "Oakwood", "Grades in an Oakwood class")]
    [InlineData("Data {name} of a {name} unit", "Union", "Data Union of a Union unit")]
    [InlineData("Sales at an {name} branch", "Eastside", "Sales at an Eastside branch")]
    public void FillSlot_MakesTheArticleBeforeTheSlotAgree(string template, string value, string expected)
    {
        Assert.Equal(expected, EnglishPhrases.FillSlot(template, "{name}", value));
    }
}
