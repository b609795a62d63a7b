using Cosyn.Personas;

namespace Cosyn.Tests.Personas;

public sealed partial class BuiltInPersonaLibraryTests
{
    private static readonly BuiltInPersonaLibrary Library = BuiltInPersonaLibrary.Default;

    [Fact]
    public void Count_IsAtLeastTwoHundredThousand()
    {
        Assert.True(Library.Count >= 200_000, $"Count was {Library.Count}.");
    }

    [Fact]
    public void Get_FirstThreeHundredThousand_AreDistinct()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (long i = 0; i < 300_000; i++)
        {
            Assert.True(seen.Add(Library.Get(i).Text), $"Index {i} repeats an earlier persona.");
        }
    }

    [Fact]
    public void Get_LastHundredThousand_AreDistinct()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = Library.Count - 100_000; i < Library.Count; i++)
        {
            Assert.True(seen.Add(Library.Get(i).Text), $"Index {i} repeats an earlier persona.");
        }
    }

    [Fact]
    public void Get_SameIndex_SameText()
    {
        foreach (var index in SampleIndices(200))
        {
            var first = Library.Get(index);
            var second = Library.Get(index);
            Assert.Equal(first, second);
            Assert.Equal(index, first.Index);
        }
    }

    [Fact]
    public void Get_KnownIndex_KeepsItsText()
    {
        // Guards reproducibility: changing lexicons or composition must be deliberate (and bump the version).
        Assert.Equal(
            "A retired train conductor in Jakarta who now volunteers at the public library and restores vintage buses.",
            Library.Get(0).Text);
    }

    [Fact]
    public void Get_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Library.Get(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Library.Get(Library.Count));
    }

    [Fact]
    public void Get_Texts_AreWellFormedSentences()
    {
        foreach (var index in SampleIndices(20_000))
        {
            var text = Library.Get(index).Text;
            Assert.True(char.IsUpper(text[0]), text);
            Assert.EndsWith(".", text, StringComparison.Ordinal);
            Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
            Assert.DoesNotContain(" ,", text, StringComparison.Ordinal);
            Assert.DoesNotContain("{", text, StringComparison.Ordinal);
            Assert.Equal(1, text.Count(c => c == '.'));
        }
    }

    [Fact]
    public void Get_Texts_UseTheRightIndefiniteArticle()
    {
        foreach (var index in SampleIndices(20_000))
        {
            var text = Library.Get(index).Text;
            foreach (Match match in ArticleBeforeWord().Matches(text))
            {
                var article = match.Groups[1].Value.ToLowerInvariant();
                Assert.True(article == ExpectedArticle(match.Groups[2].Value), $"'{match.Value}' in: {text}");
            }
        }
    }

    [Fact]
    public void Get_NeighbouringIndices_SpreadOverManyOccupations()
    {
        var domains = Enumerable.Range(0, 100).Select(i => Library.DomainOf(i)).Distinct().Count();
        Assert.True(domains >= 25, $"Only {domains} domains among the first 100 personas.");
    }

    [Fact]
    public void DomainOf_IsAmongTheClassifiedDomains()
    {
        foreach (var index in SampleIndices(3_000))
        {
            var text = Library.Get(index).Text;
            Assert.Contains(Library.DomainOf(index), PersonaDomainClassifier.Classify(text));
        }
    }

    [Fact]
    public void Fingerprint_NamesVersionAndContentHash()
    {
        Assert.Matches("^builtin-v1:[0-9a-f]{16}$", Library.Fingerprint);
    }

    [Fact]
    public void Lexicon_EveryDomainHasAtLeastSixOccupations()
    {
        var byDomain = PersonaLexicon.Default.Occupations.GroupBy(o => o.Domain).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(DomainKeys.All, d => Assert.True(byDomain.GetValueOrDefault(d) >= 6, $"{d} has {byDomain.GetValueOrDefault(d)} occupations."));
        Assert.True(PersonaLexicon.Default.Occupations.Count >= 250);
    }

    [Fact]
    public void Lexicon_ActivitiesAndInterestsNeverCoincide()
    {
        var interests = PersonaLexicon.Default.Interests.Values.SelectMany(v => v).ToList();
        Assert.Equal(interests.Count, interests.Distinct(StringComparer.Ordinal).Count());
        var activities = PersonaLexicon.Default.Occupations.SelectMany(o => o.Activities).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(interests, activities.Contains);
    }

    private static IEnumerable<long> SampleIndices(int count)
    {
        var step = Library.Count / count;
        return Enumerable.Range(0, count).Select(i => (i * step) + (i % 7));
    }

    // Written independently of the production rule: initial letter, with the exceptions the lexicons use.
    private static string ExpectedArticle(string word)
    {
        string[] anExceptions = ["HR", "SEO", "MRI", "honest", "hour"];
        string[] aExceptions = ["UX", "GIS", "one", "user"];
        if (anExceptions.Contains(word))
        {
            return "an";
        }

        if (aExceptions.Contains(word) || word.StartsWith("uni", StringComparison.OrdinalIgnoreCase))
        {
            return "a";
        }

        return "aeiouAEIOU".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";
    }

    [GeneratedRegex(@"\b([Aa]n?) ([\w]+)")]
    private static partial Regex ArticleBeforeWord();
}
