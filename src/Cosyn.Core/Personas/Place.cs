namespace Cosyn.Personas;

/// <summary>A locative phrase of the built-in persona lexicon ("in rural Ohio") and the settings it offers.</summary>
internal sealed record Place(IReadOnlySet<string> Tags, string Phrase)
{
    /// <summary>True when an occupation with <paramref name="setting"/> can plausibly be practised here.</summary>
    public bool Suits(string setting) => setting == Occupation.AnySetting || Tags.Contains(setting);
}
