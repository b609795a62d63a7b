using System.Diagnostics;

namespace Cosyn.Tests.Rendering.Matplotlib;

public sealed class MatplotlibFailureTests(MatplotlibFixture fixture) : IClassFixture<MatplotlibFixture>
{
    [Fact]
    public async Task Render_NameError_ReportsRuntimeWithUserOnlyExcerpt()
    {
        var code = "import matplotlib.pyplot as plt\n\ndef draw():\n    ax.bar([1], [2])\n\ndraw()\n";

        var result = await fixture.RenderAsync(code);

        var failure = result.Failure!;
        Assert.Equal(RenderFailureKind.Runtime, failure.Kind);
        Assert.Equal("NameError: name 'ax' is not defined (line 4)", failure.Message);
        Assert.Contains("ax.bar([1], [2])", failure.LogExcerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("python_worker", failure.LogExcerpt, StringComparison.Ordinal);
        Assert.True(failure.LogExcerpt.Length <= 2000);
    }

    [Fact]
    public async Task Render_ForkBomb_EndsWithinTimeoutAndNextJobSucceeds()
    {
        // Bounded twice: RLIMIT_NPROC inside the sandbox's own user namespace, and a pid namespace swept after the job.
        var code = "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n";
        var clock = Stopwatch.StartNew();

        var result = await fixture.RenderAsync(code);

        Assert.False(result.Succeeded);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        var next = await fixture.RenderAsync(Charts.Tiny);
        Assert.True(next.Succeeded, next.Failure?.Message);
    }
}
