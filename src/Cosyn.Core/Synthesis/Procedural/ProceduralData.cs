namespace Cosyn.Synthesis.Procedural;

/// <summary>Procedural data: the text for the sample's <c>data</c> field and the typed model code and QA are written from.</summary>
public sealed record ProceduralData(string Text, object Model);
