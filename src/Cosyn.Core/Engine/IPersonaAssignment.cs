namespace Cosyn.Engine;

/// <summary>Which persona conditions the sample at each plan index (sampled without replacement within a run).</summary>
public interface IPersonaAssignment
{
    /// <summary>Identifies the persona source and assignment, recorded in the run configuration.</summary>
    string Fingerprint { get; }

    /// <summary>The persona for plan index <paramref name="index"/>.</summary>
    Persona ForSample(long index);
}
