using Cosyn.Engine;
using Cosyn.Hosting.Llm;
using Cosyn.Llm.Accounting;
using Cosyn.Llm.Batch;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Llm.Prompting;

namespace Cosyn.Estimate;

/// <summary>
/// <c>cosyn estimate</c>: the topic stage's real prompts for the plan (every sample's persona and figure type, as
/// <c>generate</c> builds them), counted with the stage model's tokenizer; later stages from one real prompt per
/// pipeline (earlier stages filled offline, as <c>cosyn prompts</c> shows them; where a pipeline has no offline
/// generator, the measured reply sizes stand in for the placeholders) and the measured reply sizes of
/// <see cref="ReplySizeTable"/>, with its repair and correction rates. Failed samples' replacements are not counted.
/// </summary>
public static class RunEstimator
{
    /// <summary>Topic prompts counted one by one; a larger plan counts this many, spread over it, and scales up.</summary>
    public const int MaxCountedPrompts = 2000;

    public static RunEstimate Estimate(RunPlan plan, int count, long seed, IPersonaAssignment personas, string? query, LlmProviderOptions provider, LlmPriceTable prices, ISynthesizer offline, ReplySizeTable? sizes = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(personas);
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(prices);
        sizes ??= ReplySizeTable.Default;
        var models = provider.StageModels;
        var counters = new Dictionary<string, TokenCounter>(StringComparer.Ordinal);
        TokenCounter Counter(string model) => counters.TryGetValue(model, out var c) ? c : counters[model] = TokenCounter.For(model);

        var tickets = new TicketFactory(plan, seed, personas.ForSample, query);
        var step = Math.Max(1, (count + MaxCountedPrompts - 1) / MaxCountedPrompts);
        var counted = 0;
        var topicInput = 0L;
        var perPipeline = new Dictionary<string, int>(StringComparer.Ordinal);
        var topicCounter = Counter(models.Topic);
        for (long index = 0; index < count; index++)
        {
            var ticket = tickets.Create(index);
            perPipeline[ticket.Pipeline.Name] = perPipeline.GetValueOrDefault(ticket.Pipeline.Name) + 1;
            if (index % step == 0)
            {
                topicInput += Tokens(topicCounter, StagePromptBuilder.Default.Topic(ticket, FigureTypeChoice.Choose(ticket)));
                counted++;
            }
        }

        var lines = new List<(string Stage, string Model, double Calls, double Input, double Output)>
        {
            ("topic", models.Topic, count, topicInput * (double)count / Math.Max(1, counted), perPipeline.Sum(p => (double)p.Value * sizes.For(p.Key).Topic)),
        };
        foreach (var (name, samples) in perPipeline.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var pipeline = Catalog.PipelineCatalog.Find(name)!;
            var size = sizes.For(name);
            double Prompt(string stage, string model, Func<ReplySize, int> placeholders)
            {
                var (_, prompt, isOffline) = PromptPreview.Build(pipeline, stage, seed, 0, personas, offline);
                return Tokens(Counter(model), prompt) + (isOffline ? 0 : placeholders(size));
            }

            var retry = 1 + size.Corrections;
            lines.Add(("data", models.Data, samples * retry, samples * retry * Prompt("data", models.Data, s => s.Topic), samples * retry * size.Data));
            lines.Add(("code", models.Code, samples * retry, samples * retry * Prompt("code", models.Code, s => s.Topic + s.Data), samples * retry * size.Code));
            lines.Add(("repair", models.Code, samples * size.Repairs, samples * size.Repairs * Prompt("repair", models.Code, s => s.Topic + s.Code), samples * size.Repairs * size.Code));
            lines.Add(("qa", models.Qa, samples * retry, samples * retry * Prompt("qa", models.Qa, s => s.Topic + s.Data + s.Code), samples * retry * size.Qa));
        }

        var stages = lines
            .GroupBy(l => (l.Stage, l.Model))
            .Select(g =>
            {
                var input = (long)Math.Round(g.Sum(l => l.Input));
                var output = (long)Math.Round(g.Sum(l => l.Output));
                var online = prices.Find(g.Key.Model)?.Cost(input, output);
                var counter = Counter(g.Key.Model);
                return new StageEstimate(g.Key.Stage, g.Key.Model, Math.Round(g.Sum(l => l.Calls), 1), input, output, online, online * LlmBatchOptions.PriceFactor, counter.Encoding, counter.Exact);
            })
            .ToList();
        return new RunEstimate(count, counted, stages);
    }

    private static long Tokens(TokenCounter counter, StagePrompt prompt) =>
        prompt.Messages.Sum(m => (long)counter.Count(m.Text)) + (4 * prompt.Messages.Count); // a few tokens of chat framing per message
}
