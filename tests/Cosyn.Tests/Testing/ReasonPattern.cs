namespace Cosyn.Tests.Testing;

/// <summary>Regular expressions for a failure's expected one-line reason, so one table column can hold exact reasons, prefixes and parts alike.</summary>
internal static class ReasonPattern
{
    /// <summary>Matches <paramref name="reason"/> and nothing else.</summary>
    public static string Exactly(string reason) => "^" + Regex.Escape(reason) + @"\z";

    /// <summary>Matches any reason that starts with <paramref name="reason"/>.</summary>
    public static string StartingWith(string reason) => "^" + Regex.Escape(reason);

    /// <summary>Matches any reason that contains <paramref name="part"/>.</summary>
    public static string Containing(string part) => Regex.Escape(part);
}
