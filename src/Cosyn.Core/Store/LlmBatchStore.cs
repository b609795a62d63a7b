using Microsoft.Data.Sqlite;

namespace Cosyn.Store;

/// <summary>
/// The provider batches of a <c>--batch</c> run and each request's place in them, in the run's <c>run.db</c>: a killed
/// run finds the batches it was waiting for (and polls them instead of submitting again) and the results it had read
/// back. Tables are created on first use (<c>CREATE TABLE IF NOT EXISTS</c>: a run.db from before batches simply
/// gains them). Its own connection, like <see cref="LlmResponseCache"/>; every write is committed before it returns.
/// </summary>
public sealed class LlmBatchStore : IDisposable
{
    private readonly string _folder;
    private readonly Lock _gate = new();
    private SqliteConnection? _connection;

    public LlmBatchStore(string folder) => _folder = folder;

    /// <summary>The stored state of request <paramref name="customId"/>, or null when it was never submitted.</summary>
    public StoredBatchRequest? Find(string customId)
    {
        lock (_gate)
        {
            using var command = Connection().CreateCommand();
            command.CommandText = "SELECT custom_id, batch_id, path, body, result_status, result_body, submissions FROM llm_batch_requests WHERE custom_id = $id";
            command.Parameters.AddWithValue("$id", customId);
            using var reader = command.ExecuteReader();
            return reader.Read() ? ReadRequest(reader) : null;
        }
    }

    /// <summary>Records a batch the provider accepted with the requests in it, in one transaction.</summary>
    public void RecordSubmitted(StoredBatch batch, IEnumerable<(string CustomId, string Path, string Body)> requests, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(requests);
        lock (_gate)
        {
            var connection = Connection();
            using var transaction = connection.BeginTransaction();
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = "INSERT OR REPLACE INTO llm_batches(id, protocol, root, ended, submitted) VALUES ($id, $protocol, $root, 0, $now)";
                command.Parameters.AddWithValue("$id", batch.Id);
                command.Parameters.AddWithValue("$protocol", batch.Protocol);
                command.Parameters.AddWithValue("$root", batch.Root);
                command.Parameters.AddWithValue("$now", now.ToString("O", CultureInfo.InvariantCulture));
                command.ExecuteNonQuery();
            }

            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = """
                    INSERT INTO llm_batch_requests(custom_id, batch_id, path, body, submissions) VALUES ($id, $batch, $path, $body, 1)
                    ON CONFLICT(custom_id) DO UPDATE SET batch_id = excluded.batch_id, submissions = submissions + 1
                    """;
                var id = command.Parameters.Add("$id", SqliteType.Text);
                var path = command.Parameters.Add("$path", SqliteType.Text);
                var body = command.Parameters.Add("$body", SqliteType.Text);
                command.Parameters.AddWithValue("$batch", batch.Id);
                foreach (var request in requests)
                {
                    id.Value = request.CustomId;
                    path.Value = request.Path;
                    body.Value = request.Body;
                    command.ExecuteNonQuery();
                }
            }

            transaction.Commit();
        }
    }

    /// <summary>Stores the final result of one request (a completion or a permanent error).</summary>
    public void RecordResult(string customId, int status, string body)
    {
        lock (_gate)
        {
            using var command = Connection().CreateCommand();
            command.CommandText = "UPDATE llm_batch_requests SET result_status = $status, result_body = $body WHERE custom_id = $id";
            command.Parameters.AddWithValue("$id", customId);
            command.Parameters.AddWithValue("$status", status);
            command.Parameters.AddWithValue("$body", body);
            command.ExecuteNonQuery();
        }
    }

    /// <summary>A request its batch did not answer (expired, cancelled, a transient error) waits for the next batch.</summary>
    public void RecordUnanswered(string customId)
    {
        lock (_gate)
        {
            using var command = Connection().CreateCommand();
            command.CommandText = "UPDATE llm_batch_requests SET batch_id = NULL WHERE custom_id = $id AND result_status IS NULL";
            command.Parameters.AddWithValue("$id", customId);
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Marks a batch as read back: nothing more to poll.</summary>
    public void RecordEnded(string batchId)
    {
        lock (_gate)
        {
            using var command = Connection().CreateCommand();
            command.CommandText = "UPDATE llm_batches SET ended = 1 WHERE id = $id";
            command.Parameters.AddWithValue("$id", batchId);
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Batches submitted and not yet read back (a resumed run polls them again).</summary>
    public IReadOnlyList<StoredBatch> OpenBatches()
    {
        lock (_gate)
        {
            using var command = Connection().CreateCommand();
            command.CommandText = "SELECT id, protocol, root, ended FROM llm_batches WHERE ended = 0 ORDER BY submitted, id";
            using var reader = command.ExecuteReader();
            var batches = new List<StoredBatch>();
            while (reader.Read())
            {
                batches.Add(new StoredBatch(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3) != 0));
            }

            return batches;
        }
    }

    /// <summary>The requests last submitted in <paramref name="batchId"/>.</summary>
    public IReadOnlyList<StoredBatchRequest> RequestsOf(string batchId)
    {
        lock (_gate)
        {
            using var command = Connection().CreateCommand();
            command.CommandText = "SELECT custom_id, batch_id, path, body, result_status, result_body, submissions FROM llm_batch_requests WHERE batch_id = $batch ORDER BY custom_id";
            command.Parameters.AddWithValue("$batch", batchId);
            using var reader = command.ExecuteReader();
            var rows = new List<StoredBatchRequest>();
            while (reader.Read())
            {
                rows.Add(ReadRequest(reader));
            }

            return rows;
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

    private static StoredBatchRequest ReadRequest(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.IsDBNull(1) ? null : reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetInt32(4),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        reader.GetInt32(6));

    private SqliteConnection Connection() => _connection ??= RunDbConnection.Open(_folder, """
        CREATE TABLE IF NOT EXISTS llm_batches(
            id TEXT PRIMARY KEY,
            protocol TEXT NOT NULL,
            root TEXT NOT NULL,
            ended INTEGER NOT NULL DEFAULT 0,
            submitted TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS llm_batch_requests(
            custom_id TEXT PRIMARY KEY,
            batch_id TEXT,
            path TEXT NOT NULL,
            body TEXT NOT NULL,
            result_status INTEGER,
            result_body TEXT,
            submissions INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX IF NOT EXISTS llm_batch_requests_batch ON llm_batch_requests(batch_id);
        """, "the LLM batch tables");
}
