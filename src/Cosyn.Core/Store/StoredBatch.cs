namespace Cosyn.Store;

/// <summary>A provider batch the run submitted, as <c>run.db</c> holds it.</summary>
/// <param name="Id">The provider's batch id.</param>
/// <param name="Protocol">Which batch API it went to (<c>openai</c> or <c>anthropic</c>).</param>
/// <param name="Root">The API root the batch endpoints hang off (e.g. <c>https://api.openai.com/v1</c>).</param>
/// <param name="Ended">Whether its results were read back (nothing more to poll).</param>
public sealed record StoredBatch(string Id, string Protocol, string Root, bool Ended);
