using Microsoft.Data.Sqlite;

namespace Cosyn.Store;

/// <summary>Reads a run store without changing it: the recorded configuration and the failed samples (for exports and reports).</summary>
public sealed class RunStoreReader : IDisposable
{
    private readonly SqliteConnection _connection;

    private RunStoreReader(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens <c>run.db</c> in <paramref name="folder"/> read-only; throws <see cref="RunStoreException"/> when it is not a run store.</summary>
    public static RunStoreReader Open(string folder)
    {
        var path = Path.Combine(folder, RunStore.FileName);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            var reader = new RunStoreReader(connection);
            _ = reader.Meta("schema");
            return reader;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new RunStoreException($"cannot read the run store {path}: {ex.Message}", ex);
        }
    }

    /// <summary>The configuration JSON the run was bound to, or null when none was recorded.</summary>
    public string? Configuration => Meta("configuration");

    /// <summary>Failed samples in plan order, the first <paramref name="perPipeline"/> of each pipeline (a 100K run may have thousands).</summary>
    public IReadOnlyList<StoredSample> Failures(int perPipeline)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT idx, pipeline, stage, reason, detail, render_attempts FROM (
                SELECT *, ROW_NUMBER() OVER (PARTITION BY pipeline ORDER BY idx) AS n FROM samples WHERE status = $status)
            WHERE n <= $limit ORDER BY idx
            """;
        command.Parameters.AddWithValue("$status", StoredSampleStatus.Failed.ToString());
        command.Parameters.AddWithValue("$limit", perPipeline);
        using var reader = command.ExecuteReader();
        var rows = new List<StoredSample>();
        while (reader.Read())
        {
            rows.Add(new StoredSample(
                reader.GetInt64(0), reader.GetString(1), StoredSampleStatus.Failed, null, 0,
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetInt32(5), "{}", false));
        }

        return rows;
    }

    public void Dispose() => _connection.Dispose();

    private string? Meta(string key)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }
}
