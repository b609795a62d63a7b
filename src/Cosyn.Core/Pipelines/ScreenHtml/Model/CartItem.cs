namespace Cosyn.Pipelines.ScreenHtml.Model;

public sealed record CartItem(string Name, int Quantity, decimal UnitPrice)
{
    public decimal LineTotal => Quantity * UnitPrice;
}
