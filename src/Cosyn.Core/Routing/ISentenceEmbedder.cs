namespace Cosyn.Routing;

/// <summary>Maps sentences to unit-length vectors whose dot product says how alike their meanings are.</summary>
public interface ISentenceEmbedder
{
    /// <summary>Names the model and its build: vectors stored under another identity are not reused.</summary>
    string Identity { get; }

    /// <summary>One unit vector per sentence, in order.</summary>
    float[][] Embed(IReadOnlyList<string> sentences);
}
