namespace DevPlan.Core.Units;

/// <summary>
/// Thrown when two quantities of different dimensions (for example CNY and USD, or persons and
/// CNY) are combined, compared or converted. The message names both units.
/// </summary>
public sealed class UnitMismatchException : InvalidOperationException
{
    /// <summary>Creates the exception for two units that do not fit together.</summary>
    /// <param name="expected">The unit that was expected (or the left operand's).</param>
    /// <param name="actual">The unit that was found (or the right operand's).</param>
    public UnitMismatchException(Unit expected, Unit actual)
        : base($"Units do not match: expected a quantity in {expected} ({expected.Dimension.Code}), but found one in {actual} ({actual.Dimension.Code}); currencies and dimensions never convert implicitly.")
    {
        Expected = expected;
        Actual = actual;
    }

    /// <summary>Gets the unit that was expected.</summary>
    public Unit Expected { get; }

    /// <summary>Gets the unit that was found.</summary>
    public Unit Actual { get; }
}
