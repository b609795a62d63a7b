using Cosyn.Engine;

namespace Cosyn.Tests.Testing.Fakes;

/// <summary>Persona i is "Persona number i".</summary>
internal sealed class FixedPersonas : IPersonaAssignment
{
    public string Fingerprint => "fixed";

    public Persona ForSample(long index) => new(index, string.Create(CultureInfo.InvariantCulture, $"Persona number {index}"));
}
