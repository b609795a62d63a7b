using System.Net;
using System.Net.Sockets;

namespace Cosyn.Tests.Rendering.Matplotlib;

public sealed class MatplotlibSandboxTests(MatplotlibFixture fixture) : IClassFixture<MatplotlibFixture>
{
    [Fact]
    public async Task Render_InternetAccess_Fails()
    {
        var result = await fixture.RenderAsync("import socket\nsocket.create_connection(('1.1.1.1', 53), timeout=2)\n");

        Assert.Equal(RenderFailureKind.Runtime, result.Failure?.Kind);
        Assert.Contains("unreachable", result.Failure!.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Render_HostLoopbackService_IsNotReachable()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var result = await fixture.RenderAsync($"import socket\nsocket.create_connection(('127.0.0.1', {port}), timeout=2)\n");

        Assert.Equal(RenderFailureKind.Runtime, result.Failure?.Kind);
        Assert.Contains("ConnectionRefusedError", result.Failure!.Message, StringComparison.Ordinal);
        Assert.False(listener.Pending());
    }

    [Fact]
    public async Task Render_WritesOutsideJobDir_FailAndLeaveNoFile()
    {
        var repoFile = Path.Combine(AppContext.BaseDirectory, "cosyn-sandbox-probe.txt");
        string[] targets = ["/etc/cosyn-sandbox-probe", "/root/cosyn-sandbox-probe", repoFile, "/usr/cosyn-sandbox-probe"];
        var code = $$"""
            import matplotlib.pyplot as plt
            written = []
            for path in {{"[" + string.Join(", ", targets.Select(t => $"'{t}'")) + "]"}}:
                try:
                    with open(path, 'w') as f:
                        f.write('escaped')
                    written.append(path)
                except OSError:
                    pass
            if written:
                raise RuntimeError('wrote ' + ', '.join(written))
            plt.bar(['a', 'b'], [1, 2])
            """;

        var result = await fixture.RenderAsync(code);

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.All(targets, t => Assert.False(File.Exists(t), t));
    }

    [Fact]
    public async Task Render_ReadsHostSecrets_HomeDirectoriesAreHidden()
    {
        var result = await fixture.RenderAsync("import os\nprint(os.listdir('/root'))\nassert os.listdir('/root') == []\nimport matplotlib.pyplot as plt\nplt.plot([1, 2])\n");

        Assert.True(result.Succeeded, result.Failure?.Message);
    }
}
