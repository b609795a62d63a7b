namespace Cosyn.Rendering.Sandbox;

/// <summary>A writable host directory made visible inside the sandbox.</summary>
/// <param name="HostPath">Directory on the host.</param>
/// <param name="SandboxPath">Where the sandbox sees it, e.g. <c>/tmp/work</c>.</param>
public sealed record SandboxMount(string HostPath, string SandboxPath);
