namespace Cosyn.Output;

/// <summary>How varied the written samples are; the numbers a dataset builder checks before training on them.</summary>
/// <param name="Samples">Written samples measured.</param>
/// <param name="DistinctTopics">Different topics among them.</param>
/// <param name="DistinctTopicRatio">Distinct topics / samples.</param>
/// <param name="DistinctQuestionRatio">Distinct question strings / questions.</param>
/// <param name="Distinct1">Distinct word unigrams / unigrams over all questions (distinct-1).</param>
/// <param name="Distinct2">Distinct word bigrams / bigrams over all questions (distinct-2).</param>
/// <param name="PersonaCoverage">Distinct personas / samples.</param>
/// <param name="NearDuplicateRate">Written images within the near-duplicate distance of an earlier written one / samples.</param>
/// <param name="NearDuplicatesDropped">Finished samples not written because their image nearly repeated a written one.</param>
/// <param name="FigureTypes">Written samples per figure type.</param>
/// <param name="TopicSpread">How far apart the topics are in meaning and how many nearly repeat one (sentence embeddings).</param>
public sealed record DiversityStats(
    int Samples,
    int DistinctTopics,
    double DistinctTopicRatio,
    double DistinctQuestionRatio,
    double Distinct1,
    double Distinct2,
    double PersonaCoverage,
    double NearDuplicateRate,
    int NearDuplicatesDropped,
    IReadOnlyDictionary<string, int> FigureTypes,
    TopicSpreadStats? TopicSpread = null);
