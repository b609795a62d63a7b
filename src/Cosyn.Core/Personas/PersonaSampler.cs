namespace Cosyn.Personas;

/// <summary>Assigns personas to a run's samples without replacement: samples 0..Count-1 get every persona exactly once, in a seeded order.</summary>
/// <remarks>
/// Sample i gets persona perm(i), where perm is an <see cref="IndexPermutation"/> keyed by the run seed:
/// deterministic, O(1) memory, and independent of how samples are sharded across machines. Past
/// <see cref="IPersonaSource.Count"/> samples the sampler starts a new round with a fresh permutation,
/// so personas repeat only once every persona has been used once per round.
/// </remarks>
public sealed class PersonaSampler
{
    private const string Purpose = "persona-sampler";

    private readonly IPersonaSource _source;
    private readonly long _key;
    private readonly IndexPermutation _firstRound;

    /// <summary>Creates the sampler of run <paramref name="runSeed"/> over <paramref name="source"/>.</summary>
    public PersonaSampler(IPersonaSource source, long runSeed)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(source.Count);
        _source = source;
        _key = SeedMath.Combine(runSeed, Purpose);
        _firstRound = new IndexPermutation(source.Count, _key);
    }

    /// <summary>The persona of sample <paramref name="sampleIndex"/>.</summary>
    public Persona ForSample(long sampleIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sampleIndex);
        var round = sampleIndex / _source.Count;
        var position = sampleIndex % _source.Count;
        var permutation = round == 0
            ? _firstRound
            : new IndexPermutation(_source.Count, SeedMath.Combine(_key, "round-" + round.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return _source.Get(permutation.Map(position));
    }
}
