namespace Cosyn.Synthesis.Llm.Prompting;

/// <summary>What the prompts say about one pipeline (<c>pipelines.json</c>).</summary>
/// <param name="Subject">What the QA calls the image: chart, table, document, ...</param>
/// <param name="DataForm">The data's form (a key of <c>forms.json</c>): csv, json, smiles or question-solution.</param>
/// <param name="DataGuide">Pipeline-specific guidance for the data stage.</param>
/// <param name="CodeGuide">Pipeline-specific guidance for the code stage.</param>
/// <param name="DataFormByFigure">Figure types whose data takes another form (e.g. a geometry problem in SVG).</param>
/// <param name="TopicGuide">Optional extra guidance for the topic stage.</param>
/// <param name="QaGuide">Optional extra guidance for the QA stage.</param>
/// <param name="ImageKind">What the prompts call the image when the catalog's image kind reads badly in a sentence (point-html's "pointing" is a web page); null: the catalog's.</param>
public sealed record PipelinePrompt(
    string Subject,
    string DataForm,
    string DataGuide,
    string CodeGuide,
    IReadOnlyDictionary<string, string>? DataFormByFigure = null,
    string? TopicGuide = null,
    string? QaGuide = null,
    string? ImageKind = null)
{
    /// <summary>The data form for <paramref name="figureType"/>.</summary>
    public string DataFormFor(string figureType) =>
        DataFormByFigure is not null && DataFormByFigure.TryGetValue(figureType, out var form) ? form : DataForm;
}
