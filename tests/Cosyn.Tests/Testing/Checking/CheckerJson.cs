namespace Cosyn.Tests.Testing.Checking;

/// <summary>Reading the required parts of a sample's data JSON in the checkers.</summary>
internal static class CheckerJson
{
    /// <summary>The string property <paramref name="name"/>, which the data must have.</summary>
    public static string Text(this JsonElement element, string name) => element.GetProperty(name).GetString()!;
}
