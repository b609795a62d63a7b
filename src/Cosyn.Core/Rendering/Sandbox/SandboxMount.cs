namespace Cosyn.Rendering.Sandbox;

/// <summary>A host directory made visible inside the sandbox, writable unless <see cref="ReadOnly"/>.</summary>
/// <param name="HostPath">Directory on the host.</param>
/// <param name="SandboxPath">Where the sandbox sees it, e.g. <c>/tmp/work</c>.</param>
public sealed record SandboxMount(string HostPath, string SandboxPath)
{
    /// <summary>True to bind it read-only (a cache the host fills and jobs only read).</summary>
    public bool ReadOnly { get; init; }
}
