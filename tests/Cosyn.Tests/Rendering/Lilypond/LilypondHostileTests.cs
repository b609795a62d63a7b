using Cosyn.Tests.Rendering.CliTools;

namespace Cosyn.Tests.Rendering.Lilypond;

public sealed class LilypondHostileTests() : CliRendererTests(ToolNames.Lilypond, typeof(LilypondSamples))
{
    private const string Music = "\\header { title = \"Probe Tune\" tagline = ##f }\n\\relative c' { c4 d e f | g1 }\n";

    // LilyPond takes 2-5 s to start on a loaded machine: jobs expected to succeed get room.
    private static readonly RenderOptions Roomy = CliToolHarness.Fast with { Timeout = TimeSpan.FromSeconds(20) };

    [Fact]
    public Task Render_SchemeInfiniteLoop_TimesOutThenNextJobRenders() => AssertTimesOutThenRendersAsync("#(let loop () (loop))\n" + Music, Music, "Probe Tune");

    [Fact]
    public async Task Render_MemoryHog_IsMemoryOrTimeout()
    {
        var result = await RenderAsync("#(let loop ((l '())) (loop (cons (make-vector 100000 0) l)))\n" + Music, CliToolHarness.Fast);

        Assert.False(result.Succeeded);
        Assert.True(result.Failure!.Kind is RenderFailureKind.Memory or RenderFailureKind.Timeout, $"{result.Failure.Kind}: {result.Failure.Message}");
    }

    [Fact]
    public async Task Render_SchemeShellFileWritesAndHomeReads_AreContained()
    {
        var marker = Path.Combine(CliToolHarness.WorkRoot, $"pwned-{Guid.NewGuid():N}");
        var code = $$"""
            #(define status (system "touch {{marker}} /etc/cosyn-escape.txt; curl -s -m 2 http://1.1.1.1 > /tmp/work/net.txt"))
            #(if (= 0 status) (ly:error "network reachable"))
            #(define wrote (false-if-exception (let ((p (open-output-file "/etc/cosyn-escape.txt"))) (display "x" p) (close-port p) #t)))
            #(if wrote (ly:error "wrote outside the sandbox"))
            #(use-modules (ice-9 ftw))
            #(if (pair? (cddr (scandir "/root"))) (ly:error "home is visible"))
            {{Music}}
            """;

        var result = await RenderAsync(code, Roomy);

        CliToolHarness.AssertRendersText(result, "Probe Tune");
        Assert.False(File.Exists(marker));
        Assert.False(File.Exists("/etc/cosyn-escape.txt"));
    }
}
