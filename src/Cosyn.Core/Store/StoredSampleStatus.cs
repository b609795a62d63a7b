namespace Cosyn.Store;

/// <summary>Terminal states of a sample in the run store. In-flight work is never stored: it is redone after a crash.</summary>
public enum StoredSampleStatus
{
    Done,
    Failed,
}
