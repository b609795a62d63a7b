namespace Cosyn.Families.Screens.Model;

public sealed record CheckoutCustomer(string Name, string Email, string Address, string City);
