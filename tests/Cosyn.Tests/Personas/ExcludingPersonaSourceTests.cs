using Cosyn.Personas;

namespace Cosyn.Tests.Personas;

/// <summary>A source without excluded personas: every other persona exactly once, in order; the fingerprint names the exclusion.</summary>
public sealed class ExcludingPersonaSourceTests
{
    [Fact]
    public void Get_SkipsExcluded_KeepsOrder()
    {
        var sut = new ExcludingPersonaSource(new ListPersonaSource(6), ["persona 0", "persona 2", "persona 3", "someone else"]);

        Assert.Equal(3, sut.Count);
        Assert.Equal(3, sut.ExcludedCount);
        Assert.Equal(["persona 1", "persona 4", "persona 5"], Enumerable.Range(0, 3).Select(i => sut.Get(i).Text));
    }

    [Fact]
    public void BuiltInLibrary_NeverYieldsAnExcludedPersona()
    {
        var library = BuiltInPersonaLibrary.Default;
        var excluded = Enumerable.Range(0, 50).Select(i => library.Get(i * 2).Text).ToList();

        var sut = new ExcludingPersonaSource(library, excluded);

        var drawn = Enumerable.Range(0, 100).Select(i => sut.Get(i).Text).ToList();
        Assert.DoesNotContain(drawn, excluded.Contains);
        Assert.Equal(100, drawn.Distinct().Count());
        Assert.NotEqual(library.Fingerprint, sut.Fingerprint);
        Assert.StartsWith(library.Fingerprint + ":excluding-", sut.Fingerprint, StringComparison.Ordinal);
    }

    [Fact]
    public void EverythingExcluded_IsAOneLineError() =>
        Assert.Throws<PersonaFileException>(() => new ExcludingPersonaSource(new ListPersonaSource(1), ["persona 0"]));
}
