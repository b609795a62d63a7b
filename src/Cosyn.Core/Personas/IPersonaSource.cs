namespace Cosyn.Personas;

/// <summary>An indexed collection of personas: the built-in library or a loaded file.</summary>
public interface IPersonaSource
{
    /// <summary>Number of distinct personas.</summary>
    long Count { get; }

    /// <summary>Identifies the source's content, so a resumed run can refuse a different persona set.</summary>
    string Fingerprint { get; }

    /// <summary>The persona at <paramref name="index"/> (0 &lt;= index &lt; <see cref="Count"/>).</summary>
    Persona Get(long index);
}
