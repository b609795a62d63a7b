using System.Text.Json.Serialization;

namespace Cosyn.Model;

/// <summary>One finished row of <c>samples.jsonl</c>, in the CoSyn-400K schema.</summary>
/// <param name="Id">Stable identifier, also the image file's name.</param>
/// <param name="Image">Image path relative to the output folder (<c>images/ID.png</c>).</param>
/// <param name="QaPairs">Question / explanation / answer triples.</param>
/// <param name="Metadata">Pipeline, tool, figure type, persona, topic and seed.</param>
/// <param name="Data">The data the code renders, as the LLM would have written it (CSV, JSON, SMILES, ...).</param>
/// <param name="Code">The rendering code, the training target of the code stage.</param>
/// <param name="Questions">Pointing samples only (CoSyn-point): the pointing questions; omitted from JSON otherwise.</param>
/// <param name="AnswerPoints">Pointing samples only: per question, the points (percent of width / height) that answer it.</param>
public sealed record Sample(
    string Id,
    string Image,
    IReadOnlyList<QaPair> QaPairs,
    SampleMetadata Metadata,
    string Data,
    string Code,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Questions = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<IReadOnlyList<AnswerPoint>>? AnswerPoints = null);
