using System.Collections.Concurrent;
using System.Text.Json;

namespace Cosyn.Families.Shared.Data;

/// <summary>Reads the JSON files the families embed in this assembly (lexicons, catalogs, question banks).</summary>
internal static class EmbeddedJson
{
    // One load per resource and type for the life of the process: lexicons and catalogs are read-only once built.
    private static readonly ConcurrentDictionary<(Type Type, string Name), Lazy<object>> Loaded = new();

    /// <summary>The embedded resource <paramref name="name"/>, opened; throws when the build did not embed it.</summary>
    public static Stream Open(string name) =>
        typeof(EmbeddedJson).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Embedded {name} is missing.");

    /// <summary>The embedded resource <paramref name="name"/> deserialised; throws when it is missing or empty.</summary>
    public static T Read<T>(string name, JsonSerializerOptions? options = null)
        where T : class
    {
        using var stream = Open(name);
        return JsonSerializer.Deserialize<T>(stream, options) ?? throw new InvalidDataException($"Embedded {name} is empty.");
    }

    /// <summary>The embedded resource <paramref name="name"/> deserialised on first use and shared by every later caller.</summary>
    public static T Shared<T>(string name)
        where T : class => Shared(name, n => Read<T>(n));

    /// <summary>What <paramref name="load"/> makes of the embedded resource <paramref name="name"/>, made on first use and shared after.</summary>
    public static T Shared<T>(string name, Func<string, T> load)
        where T : class =>
        (T)Loaded.GetOrAdd((typeof(T), name), key => new Lazy<object>(() => load(key.Name))).Value;
}
