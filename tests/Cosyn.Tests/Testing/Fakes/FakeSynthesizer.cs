using System.Collections.Concurrent;
using Cosyn.Synthesis;

namespace Cosyn.Tests.Testing.Fakes;

/// <summary>A synthesizer whose output is a function of the ticket, with callbacks to inject failures and delays.</summary>
internal sealed class FakeSynthesizer(params string[] pipelines) : ISynthesizer
{
    public ConcurrentDictionary<(long Index, StageName Stage), int> Calls { get; } = new();

    /// <summary>Returns a failure for a stage of a sample, or null.</summary>
    public Func<SampleTicket, StageName, StageFailure?> FailWhen { get; set; } = (_, _) => null;

    /// <summary>Delay per call (to shuffle completion order).</summary>
    public Func<SampleTicket, TimeSpan> Delay { get; set; } = _ => TimeSpan.Zero;

    public string Name => "fake";

    public bool CanRepairCode { get; set; }

    public bool Supports(string pipeline) => pipelines.Contains(pipeline);

    public ValueTask<StageFailure?> TopicAsync(SampleDraft draft, CancellationToken cancellationToken) =>
        Step(draft, StageName.Topic, () =>
        {
            draft.FigureType = "bar";
            draft.Topic = $"Topic of {draft.Ticket.Id} for {draft.Ticket.Persona.Text}";
        }, cancellationToken);

    public ValueTask<StageFailure?> DataAsync(SampleDraft draft, CancellationToken cancellationToken) =>
        Step(draft, StageName.Data, () => draft.Data = $"x,y\na,{draft.Ticket.Seed % 100}", cancellationToken);

    public ValueTask<StageFailure?> CodeAsync(SampleDraft draft, RenderFailure? previousFailure, CancellationToken cancellationToken) =>
        Step(draft, StageName.Code, () => draft.Code = previousFailure is null ? $"draw({draft.Ticket.Seed})" : $"draw_fixed({draft.Ticket.Seed})", cancellationToken);

    public ValueTask<StageFailure?> QaAsync(SampleDraft draft, CancellationToken cancellationToken) =>
        Step(draft, StageName.Qa, () => draft.QaPairs = [new QaPair("What is y?", "Read the bar.", (draft.Ticket.Seed % 100).ToString(System.Globalization.CultureInfo.InvariantCulture))], cancellationToken);

    private async ValueTask<StageFailure?> Step(SampleDraft draft, StageName stage, Action apply, CancellationToken cancellationToken)
    {
        Calls.AddOrUpdate((draft.Ticket.Index, stage), 1, (_, n) => n + 1);
        var delay = Delay(draft.Ticket);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, cancellationToken);
        }

        var failure = FailWhen(draft.Ticket, stage);
        if (failure is null)
        {
            apply();
        }

        return failure;
    }
}
