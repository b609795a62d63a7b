namespace Cosyn.Routing;

/// <summary>Maps sentences to unit-length vectors whose dot product says how alike their meanings are.</summary>
public interface ISentenceEmbedder
{
    /// <summary>One unit vector per sentence, in order.</summary>
    float[][] Embed(IReadOnlyList<string> sentences);
}
