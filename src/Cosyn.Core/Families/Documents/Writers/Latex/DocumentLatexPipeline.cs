namespace Cosyn.Families.Documents.Writers.Latex;

/// <summary>The procedural <c>document-latex</c> pipeline: shared document stages, typeset as a LaTeX document.</summary>
public sealed class DocumentLatexPipeline : DocumentPipeline
{
    public override string Name => "document-latex";

    public override IReadOnlyList<string> FigureTypes { get; } =
    [
        DocumentKinds.Report, DocumentKinds.Form, DocumentKinds.Letter, DocumentKinds.Invoice, DocumentKinds.LabReport,
        DocumentKinds.Resume, DocumentKinds.Certificate,
    ];

    protected override string WriteCode(DocumentSpec spec, SeededRandom random) => LatexDocumentWriter.Write(spec, random);
}
