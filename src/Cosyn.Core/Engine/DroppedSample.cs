namespace Cosyn.Engine;

/// <summary>A finished sample left out of <c>samples.jsonl</c> because its image nearly repeats an earlier written one.</summary>
internal sealed record DroppedSample(long Index, long DuplicateOf);
