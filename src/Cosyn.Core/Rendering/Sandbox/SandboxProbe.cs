using Cosyn.Rendering.Processes;

namespace Cosyn.Rendering.Sandbox;

/// <summary>Checks once that the sandbox can start here, so a broken setup fails closed with a clear reason.</summary>
public sealed class SandboxProbe
{
    private readonly SandboxCommandBuilder _builder;
    private readonly IProcessRunner _runner;
    private readonly Lazy<Task<SandboxProblem?>> _result;

    /// <summary>Creates a probe; nothing runs until <see cref="CheckAsync"/>.</summary>
    public SandboxProbe(SandboxCommandBuilder builder, IProcessRunner runner)
    {
        _builder = builder;
        _runner = runner;
        _result = new(ProbeAsync);
    }

    /// <summary>Null when the sandbox works; otherwise why not. The probe runs once and is bounded to 10 s.</summary>
    public Task<SandboxProblem?> CheckAsync(CancellationToken cancellationToken) =>
        _result.Value.WaitAsync(cancellationToken);

    private async Task<SandboxProblem?> ProbeAsync()
    {
        var policy = _builder.Policy;
        if (policy.DangerouslyDisableSandbox)
        {
            return null;
        }

        var tools = Environment.IsPrivilegedProcess
            ? new[] { policy.BwrapPath, policy.PrlimitPath, policy.SetprivPath }
            : [policy.BwrapPath, policy.PrlimitPath];
        if (tools.FirstOrDefault(t => !File.Exists(t)) is { } missing)
        {
            return new SandboxProblem(RenderFailureKind.ToolUnavailable, $"sandbox unavailable: {missing} not found");
        }

        var spec = _builder.Wrap(new ProcessSpec("/bin/true", []), []);
        var options = new ProcessRunOptions { Timeout = TimeSpan.FromSeconds(10), MaxCapturedChars = 4096 };
        var result = await _runner.RunAsync(spec, options, CancellationToken.None).ConfigureAwait(false);
        return result.Started && result.ExitCode == 0
            ? null
            : new SandboxProblem(RenderFailureKind.SandboxDenied, $"sandbox refused to start (exit {result.ExitCode}, timed out {result.TimedOut}): {result.StartError ?? result.StandardError.Trim()}");
    }
}
