using Microsoft.Data.Sqlite;

namespace Cosyn.Store;

/// <summary>
/// Opens a side connection to the run's <c>run.db</c> (WAL, synchronous=NORMAL, a busy timeout) and makes sure the
/// tables it needs exist, for the stores that live beside the samples without being the committer's.
/// </summary>
internal static class RunDbConnection
{
    /// <exception cref="RunStoreException">The file cannot be opened or the tables created; the message names <paramref name="what"/>.</exception>
    public static SqliteConnection Open(string folder, string schemaSql, string what)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, RunStore.FileName);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;\n" + schemaSql;
            command.ExecuteNonQuery();
            return connection;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new RunStoreException($"cannot open {what} in {path}: {ex.Message}", ex);
        }
    }
}
