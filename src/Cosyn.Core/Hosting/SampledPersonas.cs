using Cosyn.Engine;
using Cosyn.Personas;

namespace Cosyn.Hosting;

/// <summary>Assigns personas to plan indices by sampling a source without replacement, keyed by the run seed.</summary>
public sealed class SampledPersonas(IPersonaSource source, long runSeed) : IPersonaAssignment
{
    private readonly PersonaSampler _sampler = new(source, runSeed);

    public string Fingerprint => source.Fingerprint;

    public Persona ForSample(long index) => _sampler.ForSample(index);
}
