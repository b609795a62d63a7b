using Cosyn.Catalog;
using Cosyn.Families.Screens.Writers.Html;

namespace Cosyn.Families.Screens.Model;

public sealed record CheckoutCustomer(string Name, string Email, string Address, string City);
