namespace Cosyn.Rendering.Latex;

/// <summary>A published format: its cache key and the TeX that restores what <c>\dump</c> dropped (<see cref="PageListFixup"/>).</summary>
public sealed record LatexFormat(string Key, string Fixup)
{
    /// <summary>The <c>-fmt</c> argument inside the sandbox.</summary>
    public string SandboxName => $"{LatexFormatCache.SandboxPath}/{Key}/doc";
}
