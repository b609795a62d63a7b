namespace Cosyn.Personas;

/// <summary>Hundreds of thousands of distinct personas composed deterministically from embedded lexicons, each addressable in O(1).</summary>
/// <remarks>
/// An index is first passed through a fixed <see cref="IndexPermutation"/>, so neighbouring indices land
/// on unrelated occupations, places and stages; the scrambled value then picks a block (one occupation in
/// one life-stage shape) by binary search over a few hundred block boundaries and a persona inside the block
/// by mixed-radix decomposition. Changing any lexicon word changes <see cref="Fingerprint"/>.
/// </remarks>
public sealed class BuiltInPersonaLibrary : IPersonaSource
{
    private const string Version = "builtin-v1";

    // Fixed for the life of the version: changing it renumbers every persona.
    private const long ScrambleKey = 0x0C05_9E75_0A11_0001;

    private static readonly Lazy<BuiltInPersonaLibrary> Shared = new(() => new BuiltInPersonaLibrary(PersonaLexicon.Default));

    private readonly PersonaBlock[] _blocks;
    private readonly long[] _blockEnds;
    private readonly IndexPermutation _scramble;

    private BuiltInPersonaLibrary(PersonaLexicon lexicon)
    {
        var placesBySetting = lexicon.Occupations.Select(o => o.Setting).Distinct(StringComparer.Ordinal)
            .ToDictionary(s => s, s => (IReadOnlyList<Place>)lexicon.Places.Where(p => p.Suits(s)).ToList(), StringComparer.Ordinal);
        _blocks = lexicon.Occupations
            .SelectMany((o, i) => Enum.GetValues<PersonaShape>()
                .Where(shape => shape != PersonaShape.Student || o.StudyField is not null)
                .Select(shape => new PersonaBlock(lexicon, i, shape, placesBySetting[o.Setting])))
            .ToArray();
        _blockEnds = new long[_blocks.Length];
        long end = 0;
        for (var i = 0; i < _blocks.Length; i++)
        {
            end += _blocks[i].Count;
            _blockEnds[i] = end;
        }

        Count = end;
        Fingerprint = Version + ":" + lexicon.ContentHash[..16];
        _scramble = new IndexPermutation(Count, ScrambleKey);
    }

    /// <summary>The library built from the lexicons embedded in Cosyn.Core (loaded once).</summary>
    public static BuiltInPersonaLibrary Default => Shared.Value;

    /// <inheritdoc />
    public long Count { get; }

    /// <inheritdoc />
    public string Fingerprint { get; }

    /// <inheritdoc />
    public Persona Get(long index) => new(index, Locate(index, out var offset).Compose(offset));

    /// <summary>The domain key of the occupation behind persona <paramref name="index"/>; exact, unlike classifying the text.</summary>
    public string DomainOf(long index) => Locate(index, out _).Occupation.Domain;

    private PersonaBlock Locate(long index, out long offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        var raw = _scramble.Map(index);
        var found = Array.BinarySearch(_blockEnds, raw);

        // An exact hit on an end means raw is the first element of the next block.
        var block = found < 0 ? ~found : found + 1;
        offset = raw - (block == 0 ? 0 : _blockEnds[block - 1]);
        return _blocks[block];
    }
}
