namespace Cosyn.Families.Documents;

/// <summary>The roles of total lines, in the order they apply: subtotal, minus discount, plus tax and fees, total, then payment.</summary>
public static class DocumentTotalRoles
{
    public const string Subtotal = "subtotal";
    public const string Discount = "discount";
    public const string Tax = "tax";
    public const string Fee = "fee";
    public const string Total = "total";
    public const string Paid = "paid";
    public const string Balance = "balance";
    public const string Tendered = "tendered";
    public const string Change = "change";
}
