namespace Cosyn.Families.Screens.Model;

/// <summary>A checkout form: contact and address fields, shipping choices (one selected), card, and the order summary.</summary>
public sealed record CheckoutScreen(
    string Screen,
    string App,
    string Currency,
    CheckoutCustomer Customer,
    IReadOnlyList<CartItem> Items,
    IReadOnlyList<ShippingOption> ShippingOptions,
    string CardLast4,
    decimal TaxRate,
    decimal Subtotal,
    decimal Shipping,
    decimal Tax,
    decimal Total) : IScreen;
