namespace Cosyn.Model;

/// <summary>Why a sample stopped: the stage, a short stable reason (counted in stats) and a human detail.</summary>
/// <param name="Stage">Stage that failed.</param>
/// <param name="Reason">Short machine-friendly reason such as <c>timeout</c> or <c>near-uniform</c>; used as a stats key.</param>
/// <param name="Detail">One line a person can act on; may include a log excerpt.</param>
public sealed record StageFailure(StageName Stage, string Reason, string Detail);
