namespace Cosyn.Engine;

/// <summary>One pipeline's live counters: target, samples written so far (all sessions), failures and work in flight (this session).</summary>
public sealed record PipelineProgress(string Pipeline, int Target, int Written, int Failed, int InFlight);
