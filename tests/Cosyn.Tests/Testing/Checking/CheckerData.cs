namespace Cosyn.Tests.Testing.Checking;

/// <summary>A sample's <c>data</c> JSON as an independent checker reads it, without the production model; every family's data has a title.</summary>
public abstract class CheckerData
{
    /// <summary>Parses <paramref name="json"/> and reads its title; the subclass reads the rest from <see cref="Root"/>.</summary>
    protected CheckerData(string json)
    {
        using var doc = JsonDocument.Parse(json);
        Root = doc.RootElement.Clone();
        Title = Root.Text("title");
    }

    public string Title { get; }

    /// <summary>The parsed data, detached from its document.</summary>
    protected JsonElement Root { get; }
}
