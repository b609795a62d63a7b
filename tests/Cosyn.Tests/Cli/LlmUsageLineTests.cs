using Cosyn.Cli.Terminal;
using Cosyn.Llm.Accounting;

namespace Cosyn.Tests.Cli;

public sealed class LlmUsageLineTests
{
    [Fact]
    public void Format_RunTotals_ShowsCallsTokensCostAndWaits()
    {
        var totals = new LlmUsageTotals(120, 30, 2, 101, 11, 4, 12.6, 1_534_000, 48_200, 3.456m);

        Assert.Equal(
            "llm 120 calls (30 cached, 2 failed), 1.5M in / 48k out tokens, $3.46, 11 retries, 4 rate-limited, 13 s waiting",
            LlmUsageLine.Format(totals));
    }
}
