namespace Cosyn.Model;

/// <summary>One pointing answer in the CoSyn-point form: x and y in percent (0-100) of the image's width and height.</summary>
public sealed record AnswerPoint(double X, double Y);
