namespace Cosyn.Families.Mathematics;

/// <summary>
/// How a question asks for a value and how the answer is written (README QA conventions): terminating values as
/// plain numbers, other fractions in lowest terms (probability) or rounded to 2 decimals, surds and π exact or rounded.
/// </summary>
public enum MathAnswerForm
{
    /// <summary><c>What is the X?</c> → <c>2.5</c>.</summary>
    Plain,

    /// <summary><c>What is the X as a fraction in lowest terms?</c> → <c>7/12</c>.</summary>
    Fraction,

    /// <summary><c>What is the X, rounded to 2 decimal places?</c> → <c>14.14</c>.</summary>
    Rounded,

    /// <summary><c>What is the exact X?</c> → <c>10√2</c>, <c>3π/2</c>.</summary>
    Exact,
}
