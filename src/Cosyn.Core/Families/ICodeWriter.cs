namespace Cosyn.Families;

/// <summary>Writes one tool's code for a typed sample model; the one part of a pipeline its tool owns.</summary>
/// <typeparam name="TModel">The typed sample the code is written from.</typeparam>
public interface ICodeWriter<in TModel>
{
    /// <summary>The tool's code for <paramref name="model"/>, with every value a question may ask about visible.</summary>
    string Write(TModel model, SeededRandom random);
}
