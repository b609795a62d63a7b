using Cosyn.Cli;

namespace Cosyn.Tests.Testing;

/// <summary>What one in-process run of the CLI returned and printed.</summary>
internal sealed record CliOutput(int Code, string Stdout, string Stderr)
{
    /// <summary>The one line of standard error; fails the test unless there is exactly one.</summary>
    public string ErrorLine => Assert.Single(Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Asserts the run succeeded and printed every fragment; returns standard output for further checks.</summary>
    public string AssertPrinted(params string[] fragments)
    {
        Assert.Equal(ExitCodes.Ok, Code);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, Stdout, StringComparison.Ordinal);
        }

        return Stdout;
    }
}
