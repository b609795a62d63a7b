using Cosyn.Catalog;
using Cosyn.Families.Screens.Writers.Html;

namespace Cosyn.Families.Screens.Model;

public sealed record ShippingOption(string Name, decimal Cost, bool Selected);
