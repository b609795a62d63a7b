using Cosyn.Personas;

namespace Cosyn.Tests.Personas;

public sealed class PersonaFileSourceTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Load_PersonaHubJsonl_ReadsPersonaPropertyInOrder()
    {
        var path = _dir.Write("p.jsonl", """
            {"persona": "A marine biologist studying coral bleaching", "id": 1}
            {"persona": "A retired nurse who knits"}
            """);

        var sut = PersonaFileSource.Load(path);

        Assert.Equal(2, sut.Count);
        Assert.Equal("A marine biologist studying coral bleaching", sut.Get(0).Text);
        Assert.Equal("A retired nurse who knits", sut.Get(1).Text);
        Assert.Equal(1, sut.Get(1).Index);
    }

    [Fact]
    public void Load_PlainText_OnePersonaPerLine()
    {
        var path = _dir.Write("p.txt", "A beekeeper in Ohio\nA jazz pianist\n");

        var sut = PersonaFileSource.Load(path);

        Assert.Equal(["A beekeeper in Ohio", "A jazz pianist"], Texts(sut));
    }

    [Fact]
    public void Load_BlanksAndDuplicates_AreSkippedAfterWhitespaceNormalisation()
    {
        var path = _dir.Write("p.txt", "\n  A jazz   pianist \n\nA beekeeper\r\nA jazz pianist\n   \nA\tbeekeeper\n");

        var sut = PersonaFileSource.Load(path);

        Assert.Equal(["A jazz pianist", "A beekeeper"], Texts(sut));
    }

    [Fact]
    public void Load_MalformedJsonLine_ReportsLineNumber()
    {
        var path = _dir.Write("p.jsonl", "{\"persona\": \"ok\"}\n\n{\"persona\": \"broken\n");

        var ex = Assert.Throws<PersonaFileException>(() => PersonaFileSource.Load(path));

        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Load_JsonLineWithoutPersona_ReportsLineNumber()
    {
        var path = _dir.Write("p.jsonl", "{\"persona\": \"ok\"}\n{\"text\": \"other key\"}\n");

        var ex = Assert.Throws<PersonaFileException>(() => PersonaFileSource.Load(path));

        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("\"persona\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_SaysItDoesNotExist()
    {
        var path = Path.Combine(_dir.Path, "nope.jsonl");

        var ex = Assert.Throws<PersonaFileException>(() => PersonaFileSource.Load(path));

        Assert.Equal($"Persona file '{path}' does not exist.", ex.Message);
    }

    [Fact]
    public void Load_Directory_SaysItIsADirectory()
    {
        var ex = Assert.Throws<PersonaFileException>(() => PersonaFileSource.Load(_dir.Path));

        Assert.Contains("is a directory", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n  \n\t\n")]
    public void Load_EmptyFile_SaysItHasNoPersonas(string content)
    {
        var path = _dir.Write("empty.txt", content);

        var ex = Assert.Throws<PersonaFileException>(() => PersonaFileSource.Load(path));

        Assert.Contains("contains no personas", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fingerprint_SameNormalisedContent_SameFingerprint()
    {
        var a = PersonaFileSource.Load(_dir.Write("a.txt", "A jazz pianist\nA beekeeper\n"));
        var b = PersonaFileSource.Load(_dir.Write("b.jsonl", "{\"persona\":\"A jazz  pianist\"}\n{\"persona\":\"A beekeeper\"}\n"));
        var c = PersonaFileSource.Load(_dir.Write("c.txt", "A beekeeper\nA jazz pianist\n"));

        Assert.StartsWith("file:", a.Fingerprint, StringComparison.Ordinal);
        Assert.Equal(a.Fingerprint, b.Fingerprint);
        Assert.NotEqual(a.Fingerprint, c.Fingerprint);
    }

    [Fact]
    public void Get_OutOfRange_Throws()
    {
        var sut = PersonaFileSource.Load(_dir.Write("p.txt", "A jazz pianist\n"));

        Assert.Throws<ArgumentOutOfRangeException>(() => sut.Get(1));
    }

    private static List<string> Texts(PersonaFileSource source) =>
        Enumerable.Range(0, (int)source.Count).Select(i => source.Get(i).Text).ToList();
}
