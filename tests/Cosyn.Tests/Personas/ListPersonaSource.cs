using Cosyn.Personas;

namespace Cosyn.Tests.Personas;

/// <summary>A hand-written persona source of "persona 0", "persona 1", ... for sampler tests.</summary>
internal sealed class ListPersonaSource(long count) : IPersonaSource
{
    public long Count { get; } = count;

    public string Fingerprint => "test:" + Count;

    public Persona Get(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return new Persona(index, "persona " + index);
    }
}
