namespace Cosyn.Families.Screens.Model;

/// <summary>A screen's data, serialized as the sample's <c>data</c> JSON; <see cref="Screen"/> names the figure type.</summary>
public interface IScreen
{
    string Screen { get; }

    string App { get; }
}
