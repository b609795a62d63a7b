namespace Cosyn.Output;

/// <summary>How renders went for one pipeline: first-try and after-repair success, and the failure kinds met.</summary>
/// <param name="Reached">Terminal samples that reached the render stage.</param>
/// <param name="FirstTry">Of those, rendered by the first code.</param>
/// <param name="AfterRepair">Of those, rendered only after one or more repairs.</param>
/// <param name="FirstTryRate">FirstTry / Reached (0 when nothing was rendered).</param>
/// <param name="SuccessRate">(FirstTry + AfterRepair) / Reached.</param>
/// <param name="RepairedKinds">Failure kinds that a repair then fixed, counted per failed attempt of written samples.</param>
/// <param name="FailedKinds">Failure kinds of samples whose last attempt still failed.</param>
/// <param name="LayoutRepaired">Written samples whose code was rewritten at least once for layout problems of a successful render (LLM runs).</param>
/// <param name="LayoutRepairs">Layout repairs of written samples, counted apart from the crash repairs above.</param>
public sealed record RenderStats(
    int Reached,
    int FirstTry,
    int AfterRepair,
    double FirstTryRate,
    double SuccessRate,
    IReadOnlyDictionary<string, int> RepairedKinds,
    IReadOnlyDictionary<string, int> FailedKinds,
    int LayoutRepaired = 0,
    int LayoutRepairs = 0);
