namespace Cosyn.Families.Diagrams.Vocabulary;

/// <summary>A vocabulary entry: the persona domains it suits and the subject it names.</summary>
public interface IDiagramVocabulary
{
    IReadOnlyList<string> Domains { get; }

    string Title { get; }
}
