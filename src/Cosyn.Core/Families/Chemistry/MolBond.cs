namespace Cosyn.Families.Chemistry;

/// <summary>A bond between two atoms (indices); aromatic bonds have order 1 and <paramref name="Aromatic"/> set.</summary>
/// <param name="A">First atom index.</param>
/// <param name="B">Second atom index.</param>
/// <param name="Order">1, 2 or 3.</param>
/// <param name="Aromatic">Whether the bond is aromatic.</param>
public sealed record MolBond(int A, int B, int Order, bool Aromatic)
{
    /// <summary>The atom at the other end from <paramref name="atom"/>.</summary>
    public int Other(int atom) => atom == A ? B : A;
}
