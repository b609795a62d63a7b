namespace Cosyn.Pipelines.ScreenHtml.Model;

public sealed record ShippingOption(string Name, decimal Cost, bool Selected);
