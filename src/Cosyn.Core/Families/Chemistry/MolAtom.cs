namespace Cosyn.Families.Chemistry;

/// <summary>One heavy atom of a parsed SMILES, in input order (the order RDKit numbers atoms in).</summary>
/// <param name="Element">Element symbol, e.g. <c>C</c> or <c>Cl</c>.</param>
/// <param name="Aromatic">Written in lower case (aromatic).</param>
/// <param name="Charge">Formal charge from a bracket atom.</param>
/// <param name="BracketHydrogens">The H count written in a bracket atom; null for organic-subset atoms (hydrogens implied by valence).</param>
public sealed record MolAtom(string Element, bool Aromatic, int Charge, int? BracketHydrogens);
