namespace Cosyn.Estimate;

/// <summary>What a planned LLM run is expected to send and cost, per stage and model.</summary>
/// <param name="Samples">Samples planned.</param>
/// <param name="TopicPromptsCounted">Topic prompts built and counted (all of them, or a sample of a very large plan, scaled up).</param>
/// <param name="Stages">Per stage and model, in stage order.</param>
public sealed record RunEstimate(int Samples, int TopicPromptsCounted, IReadOnlyList<StageEstimate> Stages)
{
    public double Calls => Stages.Sum(s => s.Calls);

    public long InputTokens => Stages.Sum(s => s.InputTokens);

    public long OutputTokens => Stages.Sum(s => s.OutputTokens);

    /// <summary>The total online cost; null when any stage's model is unpriced.</summary>
    public decimal? OnlineUsd => Stages.All(s => s.OnlineUsd is not null) ? Stages.Sum(s => s.OnlineUsd!.Value) : null;

    public decimal? BatchUsd => Stages.All(s => s.BatchUsd is not null) ? Stages.Sum(s => s.BatchUsd!.Value) : null;
}
