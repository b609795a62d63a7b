using Cosyn.Personas;

namespace Cosyn.Tests.Personas;

public sealed class PersonaDomainClassifierTests
{
    [Theory]
    [InlineData("A marine biologist studying coral bleaching", "marine")]
    [InlineData("A software engineer who builds fintech apps", "technology")]
    [InlineData("A retired nurse who volunteers at a free clinic", "health")]
    [InlineData("A dairy farmer in Wisconsin worried about milk prices and crop yields", "agriculture")]
    [InlineData("An investment banker who analyses quarterly earnings reports", "finance")]
    [InlineData("A die-hard baseball fan who keeps statistics on every pitcher", "sports")]
    [InlineData("A jazz musician who composes songs for a small band", "music")]
    [InlineData("An astronomy enthusiast who photographs planets through a backyard telescope", "space")]
    [InlineData("A paleontologist excavating dinosaur fossils in Montana", "geology")]
    [InlineData("A criminal defense attorney who represents clients in court", "law")]
    [InlineData("A pastry chef who develops recipes for a small bakery", "food")]
    [InlineData("A clinical psychologist specializing in anxiety and trauma", "psychology")]
    [InlineData("An airline pilot with thousands of flight hours", "aviation")]
    [InlineData("A fashion designer passionate about sustainable textiles", "fashion")]
    [InlineData("A competitive gamer who streams video games on Twitch", "gaming")]
    [InlineData("A novelist who writes historical fiction", "literature")]
    [InlineData("A warehouse manager optimizing the supply chain of a retailer", "logistics")]
    [InlineData("A hydrologist who studies river floods and groundwater", "water")]
    [InlineData("A volunteer coordinator at a homeless shelter charity", "nonprofit")]
    [InlineData("A city council member who votes on municipal budgets", "government")]
    [InlineData("A social media manager who runs advertising campaigns for a brand", "marketing")]
    [InlineData("An HR manager who handles hiring and employee relations", "workforce")]
    [InlineData("A wildlife biologist tracking endangered wolves", "wildlife")]
    [InlineData("A yoga instructor who also coaches marathon runners on their workouts", "fitness")]
    public void Classify_RealisticPersona_BestDomainFirst(string persona, string expectedFirst)
    {
        var domains = PersonaDomainClassifier.Classify(persona);

        Assert.NotEmpty(domains);
        Assert.Equal(expectedFirst, domains[0]);
    }

    [Theory]
    [InlineData("A high school history teacher passionate about the Civil War", "history", "education")]
    [InlineData("A software engineer who builds fintech apps", "technology", "finance")]
    [InlineData("A marine biology student who volunteers at the local aquarium", "marine", "education")]
    [InlineData("An urban planner redesigning bus routes and bike lanes", "urban", "transport")]
    public void Classify_PersonaSpanningDomains_FindsEach(string persona, string first, string second)
    {
        var domains = PersonaDomainClassifier.Classify(persona);

        Assert.Contains(first, domains);
        Assert.Contains(second, domains);
    }

    [Theory]
    [InlineData("A person who likes things")]
    [InlineData("")]
    public void Classify_NoKeywords_ReturnsEmpty(string persona)
    {
        Assert.Empty(PersonaDomainClassifier.Classify(persona));
    }

    [Theory]
    [InlineData("A bankruptcy judge", "law")]
    [InlineData("Two nurses and a fisherman", "health")]
    [InlineData("A group of fishermen", "marine")]
    public void Classify_WordForms_MatchPluralsAndPrefixes(string persona, string expected)
    {
        Assert.Contains(expected, PersonaDomainClassifier.Classify(persona));
    }

    [Fact]
    public void Classify_PronounIt_DoesNotMeanTechnology()
    {
        Assert.DoesNotContain(DomainKeys.Technology, PersonaDomainClassifier.Classify("A gardener who loves it when it rains"));
    }

    [Fact]
    public void Classify_EveryBuiltInOccupation_FindsItsOwnDomain()
    {
        Assert.All(PersonaLexicon.Default.Occupations, o =>
            Assert.Contains(o.Domain, PersonaDomainClassifier.Classify("A " + o.Title + " who " + o.Activities[0])));
    }

    [Fact]
    public void Classify_EveryBuiltInOccupationTitle_RanksItsDomainFirst()
    {
        var misses = PersonaLexicon.Default.Occupations
            .Where(o => PersonaDomainClassifier.Classify(o.Title)[0] != o.Domain)
            .Select(o => $"{o.Title} ({o.Domain}) -> {string.Join(",", PersonaDomainClassifier.Classify(o.Title))}")
            .ToList();
        Assert.Empty(misses);
    }
}
