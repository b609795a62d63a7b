namespace Cosyn.Model;

/// <summary>One finished row of <c>samples.jsonl</c>, in the CoSyn-400K schema.</summary>
/// <param name="Id">Stable identifier, also the image file's name.</param>
/// <param name="Image">Image path relative to the output folder (<c>images/ID.png</c>).</param>
/// <param name="QaPairs">Question / explanation / answer triples.</param>
/// <param name="Metadata">Pipeline, tool, figure type, persona, topic and seed.</param>
/// <param name="Data">The data the code renders, as the LLM would have written it (CSV, JSON, SMILES, ...).</param>
/// <param name="Code">The rendering code, the training target of the code stage.</param>
public sealed record Sample(
    string Id,
    string Image,
    IReadOnlyList<QaPair> QaPairs,
    SampleMetadata Metadata,
    string Data,
    string Code);
