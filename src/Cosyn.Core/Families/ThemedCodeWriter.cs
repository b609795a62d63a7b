namespace Cosyn.Families;

/// <summary>
/// A code writer that checks its arguments and draws the sample's look (theme, style) once, before the tool's own
/// writing: the first draw from the seed is always the theme, so a writer's later choices never shift it.
/// </summary>
/// <typeparam name="TModel">The typed sample the code is written from.</typeparam>
/// <typeparam name="TTheme">The look drawn for the sample.</typeparam>
public abstract class ThemedCodeWriter<TModel, TTheme> : ICodeWriter<TModel>
    where TModel : class
{
    public string Write(TModel model, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(random);
        return Write(model, PickTheme(model, random), random);
    }

    /// <summary>The look of this sample.</summary>
    protected abstract TTheme PickTheme(TModel model, SeededRandom random);

    /// <summary>The tool's code for <paramref name="model"/> in <paramref name="theme"/>.</summary>
    protected abstract string Write(TModel model, TTheme theme, SeededRandom random);
}
