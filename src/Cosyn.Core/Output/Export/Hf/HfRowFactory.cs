using Cosyn.Model;

namespace Cosyn.Output.Export.Hf;

/// <summary>Turns a sample and its PNG into a Parquet row, with its approximate size for shard and row-group limits.</summary>
public static class HfRowFactory
{
    public static (HfRow Row, long Bytes) Create(Sample sample, byte[] png)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(png);
        HfRow row = sample.Questions is null ? new HfRow() : new HfPointRow
        {
            Questions = [.. sample.Questions],
            AnswerPoints = [.. (sample.AnswerPoints ?? []).Select(points => points.Select(p => new HfPoint { X = p.X, Y = p.Y }).ToList())],
        };
        row.Id = sample.Id;
        row.Image = new HfImage { Bytes = png, Path = sample.Id + ".png" };
        row.QaPairs = [.. sample.QaPairs.Select(q => new HfQaPair { Question = q.Question, Explanation = q.Explanation, Answer = q.Answer, Type = QaTypeClassifier.Classify(q) })];
        var m = sample.Metadata;
        row.Metadata = new HfMetadata { FigureType = m.FigureType, Persona = m.Persona, Topic = m.Topic, Pipeline = m.Pipeline, Tool = m.Tool, Seed = m.Seed, RenderAttempts = m.RenderAttempts };
        row.Data = sample.Data;
        row.Code = sample.Code;
        var text = sample.Data.Length + sample.Code.Length + m.Persona.Length + m.Topic.Length
            + sample.QaPairs.Sum(q => q.Question.Length + q.Explanation.Length + q.Answer.Length)
            + (sample.Questions?.Sum(q => q.Length + 32) ?? 0);
        return (row, png.Length + text);
    }
}
