using Cosyn.Rendering.Targets;

namespace Cosyn.Families.Screens.Writers.Html;

/// <summary>Whether markup carries pointing-target attributes (point-html) or is plain (screen-html).</summary>
public sealed class ScreenMarks(bool enabled)
{
    public static ScreenMarks None { get; } = new(false);

    public static ScreenMarks Targets { get; } = new(true);

    /// <summary><c> data-point-target="ID"</c> when marking, else nothing.</summary>
    public string On(string id) => enabled ? $" {RenderTargets.Attribute}=\"{id}\"" : string.Empty;
}
