using Cosyn.Catalog;
using Cosyn.Engine;
using Cosyn.Rendering;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Llm;
using Cosyn.Synthesis.Llm.Prompting;

namespace Cosyn.Hosting.Llm;

/// <summary>
/// The exact messages a stage would send for the sample at <c>index</c> of a one-pipeline run with <c>seed</c>
/// (<c>cosyn prompts</c>). Later stages need earlier replies: they are filled offline by the procedural synthesizer
/// where the pipeline has one, otherwise with clearly labelled examples; the output says which.
/// </summary>
public static class PromptPreview
{
    public static IReadOnlyList<string> Stages { get; } = ["topic", "data", "code", "repair", "qa"];

    public static string Render(PipelineDefinition pipeline, string stage, long seed, long index, IPersonaAssignment personas, ISynthesizer offline)
    {
        var (ticket, prompt, offlineContext) = Build(pipeline, stage, seed, index, personas, offline);
        var header = new StringBuilder()
            .AppendLine($"# cosyn prompts: pipeline {pipeline.Name}, stage {stage}, seed {seed}, index {index} (sample {ticket.Id})")
            .AppendLine($"# persona: {ticket.Persona.Text}");
        if (stage != "topic")
        {
            header.AppendLine(offlineContext
                ? "# earlier stages: figure type, topic, data and code made offline by the procedural synthesizer (a real run sends the earlier stages' replies)"
                : "# earlier stages: EXAMPLE placeholders, no offline generator for this pipeline (a real run sends the earlier stages' replies)");
        }

        if (stage == "repair")
        {
            header.AppendLine("# render failure: an EXAMPLE; a real run sends the renderer's one-line error and log excerpt");
        }

        header.AppendLine($"# reply: {prompt.Reply}; structured output: {Format(prompt)}");
        foreach (var message in prompt.Messages)
        {
            header.AppendLine().AppendLine($"=== {message.Role.Value} ===").AppendLine(message.Text);
        }

        return header.ToString();
    }

    /// <summary>The stage's prompt for that sample, and whether its earlier stages were made offline (else they are EXAMPLE placeholders).</summary>
    public static (SampleTicket Ticket, StagePrompt Prompt, bool Offline) Build(PipelineDefinition pipeline, string stage, long seed, long index, IPersonaAssignment personas, ISynthesizer offline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(personas);
        ArgumentNullException.ThrowIfNull(offline);
        var ticket = new TicketFactory(new RunPlan([pipeline], (int)Math.Min(int.MaxValue, index + 1), 1), seed, personas.ForSample, null).Create(index);
        var builder = StagePromptBuilder.Default;
        if (stage == "topic")
        {
            return (ticket, builder.Topic(ticket, FigureTypeChoice.Choose(ticket)), true);
        }

        var context = Context(ticket, offline);
        var prompt = stage switch
        {
            "data" => builder.Data(ticket, context.FigureType, context.Topic),
            "code" => builder.Code(ticket, context.FigureType, context.Topic, context.Data),
            "repair" => builder.Repair(ticket, context.FigureType, context.Topic, context.Code, ExampleFailure(pipeline.Tool)),
            "qa" => builder.Qa(ticket, context.FigureType, context.Topic, context.Data, context.Code),
            _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "unknown stage"),
        };
        return (ticket, prompt, context.Offline);
    }

    private static string Format(StagePrompt prompt) =>
        prompt.Schema is not null ? $"JSON schema \"{prompt.SchemaName}\"" : prompt.JsonReply ? "JSON mode" : "none (plain text)";

    private static RenderFailure ExampleFailure(string tool) =>
        new(tool, RenderFailureKind.Runtime, "EXAMPLE: the renderer's one-line error goes here", "EXAMPLE: the tail of the tool's log goes here");

    private static PreviewContext Context(SampleTicket ticket, ISynthesizer offline)
    {
        if (!offline.Supports(ticket.Pipeline.Name))
        {
            return new PreviewContext(
                false,
                FigureTypeChoice.Choose(ticket),
                "EXAMPLE TOPIC (a real run uses the topic stage's reply)",
                "EXAMPLE DATA (a real run uses the data stage's reply)",
                "EXAMPLE CODE (a real run uses the code stage's reply)");
        }

        // The procedural stages complete synchronously: they are pure functions of the ticket.
        var draft = new SampleDraft(ticket);
        Complete(offline.TopicAsync(draft, CancellationToken.None));
        Complete(offline.DataAsync(draft, CancellationToken.None));
        Complete(offline.CodeAsync(draft, null, CancellationToken.None));
        return new PreviewContext(true, draft.FigureType!, draft.Topic!, draft.Data!, draft.Code!.TrimEnd('\n'));
    }

    private static void Complete(ValueTask<Model.StageFailure?> stage)
    {
        var failure = stage.AsTask().GetAwaiter().GetResult();
        if (failure is not null)
        {
            throw new InvalidOperationException($"offline {failure.Stage} failed: {failure.Detail}");
        }
    }

    private sealed record PreviewContext(bool Offline, string FigureType, string Topic, string Data, string Code);
}
