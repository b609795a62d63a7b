using Cosyn.Rendering.Processes;
using Cosyn.Rendering.Sandbox;

namespace Cosyn.Tests.Rendering.Sandbox;

public sealed class SandboxCommandBuilderTests
{
    [Fact]
    public void Wrap_DefaultPolicy_IsolatesAndBounds()
    {
        var sut = new SandboxCommandBuilder(new SandboxPolicy { CpuSeconds = 5, AddressSpaceMiB = 512 });

        var spec = sut.Wrap(new ProcessSpec("/usr/bin/dot", ["-Tpng"]), [new SandboxMount("/tmp/host", "/tmp/work")]);

        var args = string.Join(' ', spec.Arguments);
        Assert.Contains("--ro-bind / /", args, StringComparison.Ordinal);
        Assert.Contains("--unshare-all --die-with-parent --new-session", args, StringComparison.Ordinal);
        Assert.Contains("--bind /tmp/host /tmp/work", args, StringComparison.Ordinal);
        Assert.Contains("--cpu=5", args, StringComparison.Ordinal);
        Assert.Contains($"--as={512L * 1024 * 1024}", args, StringComparison.Ordinal);
        Assert.EndsWith("-- /usr/bin/dot -Tpng", args, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrap_NoAddressSpaceLimit_OmitsAsForChromium()
    {
        var sut = new SandboxCommandBuilder(new SandboxPolicy { AddressSpaceMiB = null });

        var spec = sut.Wrap(new ProcessSpec("/usr/bin/chromium", []), []);

        Assert.DoesNotContain(spec.Arguments, a => a.StartsWith("--as=", StringComparison.Ordinal));
    }

    [Fact]
    public void Wrap_DangerousOptOut_ReturnsCommandUnchanged()
    {
        var inner = new ProcessSpec("/bin/true", []);

        Assert.Same(inner, new SandboxCommandBuilder(new SandboxPolicy { DangerouslyDisableSandbox = true }).Wrap(inner, []));
    }
}
