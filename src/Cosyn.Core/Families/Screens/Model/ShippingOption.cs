namespace Cosyn.Families.Screens.Model;

public sealed record ShippingOption(string Name, decimal Cost, bool Selected);
