using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Tests.Families.Screens;

/// <summary>One procedurally made screen or pointing sample, as the engine would assemble it before rendering.</summary>
internal sealed record ScreenSample(SampleTicket Ticket, ProceduralTopic Topic, ProceduralData Data, string Code, IReadOnlyList<QaPair> Qa);
