namespace Cosyn.Pipelines.ScreenHtml.Model;

public sealed record CheckoutCustomer(string Name, string Email, string Address, string City);
