namespace Cosyn.Tests.Testing;

/// <summary>Base of the tests that write into a fresh temp folder, deleted when the test ends.</summary>
public abstract class TempFolderTests : IDisposable
{
    /// <summary>The test's own folder; <see cref="TempFolder.Sub"/> names places inside it.</summary>
    private protected TempFolder Temp { get; } = new();

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Deletes the folder.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Temp.Dispose();
        }
    }
}
