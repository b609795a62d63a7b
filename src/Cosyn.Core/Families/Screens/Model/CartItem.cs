namespace Cosyn.Families.Screens.Model;

public sealed record CartItem(string Name, int Quantity, decimal UnitPrice)
{
    public decimal LineTotal => Quantity * UnitPrice;
}
