using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Cosyn.Store;

/// <summary>
/// The run's durable memory: one SQLite file in the output folder. It records every sample that reached a
/// terminal state and how many bytes of <c>samples.jsonl</c> are committed, so a killed run resumes without
/// redoing or duplicating anything. Used by one thread (the engine's committer).
/// </summary>
public sealed class RunStore : IDisposable
{
    public const string FileName = "run.db";
    private const int SchemaVersion = 2;
    private readonly SqliteConnection _connection;

    private RunStore(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens (creating if needed) the store in <paramref name="folder"/>.</summary>
    public static RunStore Open(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            var store = new RunStore(connection);
            store.Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;");
            store.Execute("""
                CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS samples(
                    idx INTEGER PRIMARY KEY,
                    pipeline TEXT NOT NULL,
                    status TEXT NOT NULL,
                    line TEXT,
                    qa_count INTEGER NOT NULL DEFAULT 0,
                    stage TEXT,
                    reason TEXT,
                    detail TEXT,
                    render_attempts INTEGER NOT NULL DEFAULT 0,
                    stage_seconds TEXT NOT NULL DEFAULT '{}',
                    emitted INTEGER NOT NULL DEFAULT 0,
                    image_hash TEXT);
                CREATE TABLE IF NOT EXISTS topic_vectors(
                    identity TEXT NOT NULL,
                    text TEXT NOT NULL,
                    vector BLOB NOT NULL,
                    PRIMARY KEY(identity, text));
                """);
            store.CheckSchema();
            return store;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new RunStoreException($"cannot open the run store {path}: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Binds the store to a run configuration: a new store records it; an existing one must match exactly,
    /// otherwise the folder belongs to another run and is refused.
    /// </summary>
    /// <returns>The difference, as a one-line description, or null when the configuration matches or was recorded now.</returns>
    public string? BindConfiguration(string configurationJson, Func<string, string, string> describeDifference)
    {
        ArgumentNullException.ThrowIfNull(describeDifference);
        var existing = GetMeta("configuration");
        if (existing is null)
        {
            SetMeta("configuration", configurationJson);
            return null;
        }

        return existing == configurationJson ? null : describeDifference(existing, configurationJson);
    }

    /// <summary>Bytes of <c>samples.jsonl</c> known to hold complete, committed lines.</summary>
    public long CommittedJsonlBytes => long.Parse(GetMeta("jsonl_bytes") ?? "0", CultureInfo.InvariantCulture);

    /// <summary>All terminal samples, ordered by index.</summary>
    public IReadOnlyList<StoredSample> LoadAll() => [.. Stream()];

    /// <summary>All terminal samples, ordered by index, read one at a time: stats keep what they need of each line, not the lines.</summary>
    public IEnumerable<StoredSample> Stream()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT idx, pipeline, status, line, qa_count, stage, reason, detail, render_attempts, stage_seconds, emitted, image_hash FROM samples ORDER BY idx";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new StoredSample(
                reader.GetInt64(0),
                reader.GetString(1),
                Enum.Parse<StoredSampleStatus>(reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.GetInt32(8),
                reader.GetString(9),
                reader.GetInt64(10) != 0,
                reader.IsDBNull(11) ? null : reader.GetString(11));
        }
    }

    /// <summary>The status of every terminal sample, by index (no lines read).</summary>
    public Dictionary<long, StoredSampleStatus> LoadStatuses()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT idx, status FROM samples";
        using var reader = command.ExecuteReader();
        var statuses = new Dictionary<long, StoredSampleStatus>();
        while (reader.Read())
        {
            statuses[reader.GetInt64(0)] = Enum.Parse<StoredSampleStatus>(reader.GetString(1));
        }

        return statuses;
    }

    /// <summary>The stored sentence vectors of <paramref name="identity"/>'s model for those of <paramref name="texts"/> it has.</summary>
    public IReadOnlyDictionary<string, float[]> LoadVectors(string identity, IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT vector FROM topic_vectors WHERE identity = $identity AND text = $text";
        command.Parameters.AddWithValue("$identity", identity);
        var text = command.Parameters.Add("$text", SqliteType.Text);
        var found = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var sentence in texts)
        {
            text.Value = sentence;
            if (command.ExecuteScalar() is byte[] bytes)
            {
                found[sentence] = MemoryMarshal.Cast<byte, float>(bytes).ToArray();
            }
        }

        return found;
    }

    /// <summary>Stores sentence vectors (exact bytes, so a resume measures with the very vectors the first session did).</summary>
    public void SaveVectors(string identity, IEnumerable<KeyValuePair<string, float[]>> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        using var transaction = _connection.BeginTransaction();
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT OR REPLACE INTO topic_vectors(identity, text, vector) VALUES ($identity, $text, $vector)";
        command.Parameters.AddWithValue("$identity", identity);
        var text = command.Parameters.Add("$text", SqliteType.Text);
        var vector = command.Parameters.Add("$vector", SqliteType.Blob);
        foreach (var (sentence, values) in vectors)
        {
            text.Value = sentence;
            vector.Value = MemoryMarshal.AsBytes(values.AsSpan()).ToArray();
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>Records a sample's terminal state. A sample already recorded is left as it was (never redone).</summary>
    public void Record(StoredSample sample) => RecordAll([sample]);

    /// <summary>Records many samples in one transaction (a merge writes whole shards); each as <see cref="Record"/> does.</summary>
    public void RecordAll(IEnumerable<StoredSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        using var transaction = _connection.BeginTransaction();
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT OR IGNORE INTO samples(idx, pipeline, status, line, qa_count, stage, reason, detail, render_attempts, stage_seconds, emitted, image_hash)
            VALUES ($idx, $pipeline, $status, $line, $qa, $stage, $reason, $detail, $attempts, $seconds, 0, $hash)
            """;
        string[] names = ["$idx", "$pipeline", "$status", "$line", "$qa", "$stage", "$reason", "$detail", "$attempts", "$seconds", "$hash"];
        // No declared type: each value binds as its own type, as AddWithValue does.
        var parameters = names.Select(n => command.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
        foreach (var sample in samples)
        {
            ArgumentNullException.ThrowIfNull(sample);
            object?[] values =
            [
                sample.Index, sample.Pipeline, sample.Status.ToString(), sample.Line, sample.QaCount, sample.Stage, sample.Reason, sample.Detail,
                sample.RenderAttempts, sample.StageSeconds, sample.ImageHash,
            ];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>Turns a finished sample that will not be written (e.g. a near-duplicate) into a failure with its reason.</summary>
    public void MarkDropped(long index, string stage, string reason, string detail)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "UPDATE samples SET status = $status, line = NULL, qa_count = 0, stage = $stage, reason = $reason, detail = $detail WHERE idx = $idx AND emitted = 0";
        command.Parameters.AddWithValue("$status", StoredSampleStatus.Failed.ToString());
        command.Parameters.AddWithValue("$stage", stage);
        command.Parameters.AddWithValue("$reason", reason);
        command.Parameters.AddWithValue("$detail", detail);
        command.Parameters.AddWithValue("$idx", index);
        command.ExecuteNonQuery();
    }

    /// <summary>Marks samples as written to <c>samples.jsonl</c> and records the new committed length, atomically.</summary>
    public void MarkEmitted(IReadOnlyCollection<long> indices, long jsonlBytes)
    {
        ArgumentNullException.ThrowIfNull(indices);
        using var transaction = _connection.BeginTransaction();
        using (var command = _connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "UPDATE samples SET emitted = 1 WHERE idx = $idx";
            var parameter = command.Parameters.Add("$idx", SqliteType.Integer);
            foreach (var index in indices)
            {
                parameter.Value = index;
                command.ExecuteNonQuery();
            }
        }

        SetMeta("jsonl_bytes", jsonlBytes.ToString(CultureInfo.InvariantCulture), transaction);
        transaction.Commit();
    }

    public void Dispose() => _connection.Dispose();

    private void CheckSchema()
    {
        var version = GetMeta("schema");
        if (version == "1")
        {
            // Schema 2 only added the image hash column; older rows simply have none.
            Execute("ALTER TABLE samples ADD COLUMN image_hash TEXT");
            SetMeta("schema", SchemaVersion.ToString(CultureInfo.InvariantCulture));
        }
        else if (version is null)
        {
            SetMeta("schema", SchemaVersion.ToString(CultureInfo.InvariantCulture));
        }
        else if (version != SchemaVersion.ToString(CultureInfo.InvariantCulture))
        {
            throw new RunStoreException($"the run store was written by an incompatible cosyn (schema {version}, expected {SchemaVersion})");
        }
    }

    private string? GetMeta(string key)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    private void SetMeta(string key, string value, SqliteTransaction? transaction = null)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO meta(key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        command.ExecuteNonQuery();
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
