using Cosyn.Families.Screens.Model;

namespace Cosyn.Families.Screens.Writers.Html;

/// <summary>The <c>screen-html</c> code writer: the screen's themed page with no pointing marks.</summary>
public sealed class ScreenHtmlWriter : ICodeWriter<IScreen>
{
    public string Write(IScreen model, SeededRandom random) => ScreenStages.Html(model, ScreenMarks.None, random);
}
