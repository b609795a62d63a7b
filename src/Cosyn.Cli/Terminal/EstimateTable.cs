using System.Globalization;
using Cosyn.Estimate;

namespace Cosyn.Cli.Terminal;

/// <summary>Prints a <see cref="RunEstimate"/>: one row per stage and model, online and batch cost, then how it was counted.</summary>
public static class EstimateTable
{
    public static void Write(TextWriter output, RunEstimate estimate, string provider, long seed, bool batchChosen)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(estimate);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"estimate: {estimate.Samples} samples, provider {provider}, seed {seed}{(batchChosen ? " (--batch: the batch column applies)" : string.Empty)}"));
        output.WriteLine(string.Create(c, $"{"stage",-8}{"model",-28}{"calls",10}{"input tokens",16}{"output tokens",16}{"online USD",13}{"batch USD",13}"));
        foreach (var stage in estimate.Stages)
        {
            output.WriteLine(Row(stage.Stage, stage.Model, stage.Calls, stage.InputTokens, stage.OutputTokens, stage.OnlineUsd, stage.BatchUsd));
        }

        output.WriteLine(Row("total", string.Empty, estimate.Calls, estimate.InputTokens, estimate.OutputTokens, estimate.OnlineUsd, estimate.BatchUsd));
        var exact = estimate.Stages.Where(s => s.ExactTokens).Select(s => $"{s.Model} ({s.Encoding})").Distinct().ToList();
        var approximate = estimate.Stages.Where(s => !s.ExactTokens).Select(s => s.Model).Distinct().ToList();
        if (exact.Count > 0)
        {
            output.WriteLine($"tokens: exact encodings for {string.Join(", ", exact)}");
        }

        if (approximate.Count > 0)
        {
            output.WriteLine($"tokens: approximate for {string.Join(", ", approximate)} (counted with o200k_base; the provider's own tokenizer differs)");
        }

        var unpriced = estimate.Stages.Where(s => s.OnlineUsd is null).Select(s => s.Model).Distinct().ToList();
        if (unpriced.Count > 0)
        {
            output.WriteLine($"cost: no price for {string.Join(", ", unpriced)} (give one with --prices)");
        }

        output.WriteLine(string.Create(c, $"topic prompts: {estimate.TopicPromptsCounted} built and counted{(estimate.TopicPromptsCounted < estimate.Samples ? ", scaled to the plan" : string.Empty)}; later stages: one real prompt per pipeline and the measured reply sizes per pipeline (repairs and corrections at measured rates)"));
        output.WriteLine(string.Create(c, $"batch: --batch bills at {Cosyn.Llm.Batch.LlmBatchOptions.PriceFactor:P0} of the online price; failed samples' replacements are not included"));
    }

    private static string Row(string stage, string model, double calls, long input, long output, decimal? online, decimal? batch) =>
        string.Create(CultureInfo.InvariantCulture, $"{stage,-8}{model,-28}{calls,10:#,0.#}{input,16:#,0}{output,16:#,0}{Usd(online),13}{Usd(batch),13}");

    private static string Usd(decimal? value) => value is { } v ? v.ToString(v < 1 ? "0.0000" : "#,0.00", CultureInfo.InvariantCulture) : "n/a";
}
