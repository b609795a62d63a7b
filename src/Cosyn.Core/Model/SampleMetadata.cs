using System.Text.Json.Serialization;
using Cosyn.Quality;

namespace Cosyn.Model;

/// <summary>Where a sample came from: the CoSyn-400K metadata fields plus what reproduces it.</summary>
/// <param name="Pipeline">Pipeline name, e.g. <c>chart-matplotlib</c>.</param>
/// <param name="Tool">Rendering tool.</param>
/// <param name="FigureType">Figure type, e.g. <c>grouped bar</c>.</param>
/// <param name="Persona">Persona that conditioned the topic.</param>
/// <param name="Topic">The topic.</param>
/// <param name="Seed">The sample's own seed.</param>
/// <param name="RenderAttempts">Renders tried, the first included; only written by synthesizers that repair code.</param>
/// <param name="RepairedFailures">Failure kinds of the renders that were repaired (e.g. <c>syntax</c>); only written with <paramref name="RenderAttempts"/>.</param>
/// <param name="Quality">What the quality gate measured (checks run and their scores); absent when the run had no gate.</param>
/// <param name="LayoutRepairs">Code rewrites for layout problems (overlapping, clipped, missing or tiny text) found after a render or by the quality gate; only written by synthesizers that repair layouts.</param>
/// <param name="Verify">Pairs checked, agreed and dropped by <c>--verify</c>; null when not verified.</param>
/// <param name="FiguresFound">Figures the code drew when it drew more than one (Matplotlib): the image is the one with the most text; null otherwise.</param>
/// <param name="Points">Model-written pointing questions asked, kept and dropped (LLM point-html rows); null otherwise.</param>
public sealed record SampleMetadata(
    string Pipeline,
    string Tool,
    string FigureType,
    string Persona,
    string Topic,
    long Seed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? RenderAttempts = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? RepairedFailures = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] QualityRecord? Quality = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? LayoutRepairs = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] AnswerVerification? Verify = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PointCheck? Points = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? FiguresFound = null);
