using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI;

namespace Cosyn.Store;

/// <summary>
/// Successful LLM responses by request key, in the run's <c>run.db</c> beside the samples, so a rerun or a resumed
/// run never pays for a call twice. It keeps its own connection (the <see cref="RunStore"/> one belongs to the
/// committer thread), opened on first use, when the engine has already claimed and checked the folder. Each response
/// is committed before it is handed back (WAL, synchronous=NORMAL: durable across kill -9 of the process).
/// </summary>
public sealed class LlmResponseCache : IDisposable
{
    private readonly string _folder;
    private readonly Lock _gate = new();
    private SqliteConnection? _connection;

    public LlmResponseCache(string folder) => _folder = folder;

    /// <summary>The stored response for <paramref name="key"/>, or null.</summary>
    public ChatResponse? TryGet(string key)
    {
        lock (_gate)
        {
            using var command = Connection().CreateCommand();
            command.CommandText = "SELECT response FROM llm_responses WHERE key = $key";
            command.Parameters.AddWithValue("$key", key);
            return command.ExecuteScalar() is string json
                ? JsonSerializer.Deserialize<ChatResponse>(json, AIJsonUtilities.DefaultOptions)
                : null;
        }
    }

    /// <summary>Stores a successful response; a key stored already keeps its first response.</summary>
    public void Put(string key, string model, ChatResponse response, DateTimeOffset now)
    {
        var json = JsonSerializer.Serialize(response, AIJsonUtilities.DefaultOptions);
        lock (_gate)
        {
            using var command = Connection().CreateCommand();
            command.CommandText = "INSERT OR IGNORE INTO llm_responses(key, model, response, created) VALUES ($key, $model, $response, $created)";
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$model", model);
            command.Parameters.AddWithValue("$response", json);
            command.Parameters.AddWithValue("$created", now.ToString("O", CultureInfo.InvariantCulture));
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Responses stored so far.</summary>
    public long Count
    {
        get
        {
            lock (_gate)
            {
                using var command = Connection().CreateCommand();
                command.CommandText = "SELECT COUNT(*) FROM llm_responses";
                return (long)command.ExecuteScalar()!;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _connection?.Dispose();
            _connection = null;
        }
    }

    private SqliteConnection Connection() => _connection ??= RunDbConnection.Open(_folder, """
        CREATE TABLE IF NOT EXISTS llm_responses(
            key TEXT PRIMARY KEY,
            model TEXT NOT NULL,
            response TEXT NOT NULL,
            created TEXT NOT NULL);
        """, "the LLM response cache");
}
