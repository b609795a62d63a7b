using Cosyn.Families.Screens.Model;

namespace Cosyn.Families.Points;

/// <summary>An invoice document (the <c>document with targets</c> figure type): seller, number, date, billed-to, items and totals.</summary>
public sealed record InvoiceDocument(
    string Document,
    string Seller,
    string Number,
    string Date,
    string DueDate,
    CheckoutCustomer BilledTo,
    string Currency,
    IReadOnlyList<CartItem> Items,
    decimal TaxRate,
    decimal Subtotal,
    decimal Shipping,
    decimal Tax,
    decimal Total);
