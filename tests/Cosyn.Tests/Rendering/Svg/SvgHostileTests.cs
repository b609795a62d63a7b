using System.Net;
using System.Net.Sockets;
using Cosyn.Tests.Rendering.CliTools;

namespace Cosyn.Tests.Rendering.Svg;

public sealed class SvgHostileTests() : CliRendererTests(ToolNames.Svg, typeof(SvgSamples))
{
    private const string Open = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:xi=\"http://www.w3.org/2001/XInclude\" viewBox=\"0 0 600 300\">"
        + "<rect width=\"600\" height=\"300\" fill=\"white\" stroke=\"navy\" stroke-width=\"8\"/><text x=\"20\" y=\"280\" font-size=\"36\">Probe Card</text>";

    [Fact]
    public async Task Render_HugeWidth_IsRejectedThenNextJobRenders()
    {
        var result = await RenderAsync("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10000000\" height=\"100\"><text y=\"50\">x</text></svg>", CliToolHarness.Fast);

        CliToolHarness.AssertFails(result, RenderFailureKind.ImageRejected);
        CliToolHarness.AssertRendersText(await RenderAsync(SvgSamples.Badge), "passing");
    }

    [Fact]
    public async Task Render_LargeSurface_IsBoundedByMemory()
    {
        var result = await RenderAsync("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16000\" height=\"16000\"><rect width=\"100%\" height=\"100%\" fill=\"red\"/></svg>", CliToolHarness.Fast with { MemoryMiB = 512 });

        Assert.False(result.Succeeded);
        Assert.True(result.Failure!.Kind is RenderFailureKind.Memory or RenderFailureKind.ImageRejected or RenderFailureKind.Timeout, $"{result.Failure.Kind}: {result.Failure.Message}");
    }

    [Fact]
    public async Task Render_EntityExpansionBomb_EndsBounded()
    {
        const string bomb = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
            + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
            + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">]>"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\"><text y=\"50\">&h;</text></svg>";

        var result = await RenderAsync(bomb, CliToolHarness.Fast);

        Assert.InRange(result.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(6));
    }

    [Theory]
    [InlineData("<image href=\"file:///etc/passwd\" width=\"100\" height=\"100\"/>")]
    [InlineData("<image xlink:href=\"/etc/hostname\" width=\"100\" height=\"100\"/>")]
    [InlineData("<text x=\"20\" y=\"60\" font-size=\"30\">Leak <xi:include href=\"/etc/passwd\" parse=\"text\"/></text>")]
    [InlineData("<text x=\"20\" y=\"60\" font-size=\"30\">Leak <xi:include href=\"file:///etc/hostname\" parse=\"text\"/></text>")]
    public async Task Render_LocalFileReference_IsNotRead(string element)
    {
        var result = await RenderAsync(Open + element + "</svg>", CliToolHarness.Fast);

        Assert.True(result.Succeeded, result.Failure?.Message);
        var text = CliToolHarness.Ocr(result.Png!);
        Assert.Contains("Probe Card", text, StringComparison.Ordinal);
        Assert.DoesNotContain("root", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Environment.MachineName, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Render_RemoteImage_IsNotFetched()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var element = $"<image href=\"http://127.0.0.1:{port}/logo.png\" width=\"100\" height=\"100\"/><image href=\"https://1.1.1.1/x.png\" width=\"10\" height=\"10\"/>";

        var result = await RenderAsync(Open + element + "</svg>", CliToolHarness.Fast);

        CliToolHarness.AssertRendersText(result, "Probe Card");
        Assert.False(listener.Pending());
    }
}
