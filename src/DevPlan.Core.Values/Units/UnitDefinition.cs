using DevPlan.Core.Internal;
using DevPlan.Core.Text;

namespace DevPlan.Core.Units;

/// <summary>
/// A unit a plan declares for itself (专利件数/万人, 万千瓦时, 两): its code, its names in Chinese and
/// English, and optionally what one of it equals in another unit, exactly (1 两 = 0.1 斤). A declared
/// unit is written by its code in documents (<c>10^4 patent-per-10k</c>) and may be written by its
/// Chinese or English name in observation files; a figure in it converts to its equivalent's family.
/// </summary>
public sealed class UnitDefinition
{
    /// <summary>Creates a unit definition.</summary>
    /// <param name="code">The code: 1 to 32 ASCII letters, digits, '-', '_' or '/'; neither a built-in code nor a currency.</param>
    /// <param name="name">The names as people write them after a figure (件/万人; patents per 10,000 persons).</param>
    /// <param name="equivalent">What one of this unit is, exactly, in another unit (0.1 jin), or null when it converts to none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">The code is invalid, built in or a currency; the equivalent is not positive, is a currency, percent or itself.</exception>
    public UnitDefinition(string code, LocalizedText name, Quantity? equivalent = null)
    {
        Preconditions.CheckNotNull(code);
        Preconditions.CheckNotNull(name);
        var dimension = Dimension.Of(code);
        if (dimension.IsCurrency || UnitSystem.IsBuiltIn(code))
        {
            throw new Internal.WordedArgumentException($"Expected a code of the plan's own, but \"{code}\" is {(dimension.IsCurrency ? (Internal.TemplateText)"a currency, which never converts" : "built in")}.", nameof(code));
        }
        decimal factor = 0m;
        if (equivalent is { } e)
        {
            if (e.Value <= 0m || e.Unit.Dimension.IsCurrency || e.Unit.Dimension == Dimension.Percent || e.Unit.Dimension.Code == code)
            {
                throw new Internal.WordedArgumentException($"Expected the equivalent of one \"{code}\" as a positive amount of another unit (not a currency or percent), but found {e}.", nameof(equivalent));
            }
            try
            {
                factor = Quantity.Scale(e.Value, e.Unit.Exponent);
            }
            catch (ArithmeticException)
            {
                throw new Internal.WordedArgumentException($"Expected an equivalent of \"{code}\" that decimal holds exactly, but found {e}.", nameof(equivalent));
            }
        }
        Code = code;
        Name = name;
        Equivalent = equivalent;
        Dimension = Dimension.Declared(code, name, equivalent?.Unit.Dimension, factor);
    }

    /// <summary>Gets the code.</summary>
    public string Code { get; }

    /// <summary>Gets the names as people write them after a figure.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets what one of this unit is in another unit, or null.</summary>
    public Quantity? Equivalent { get; }

    /// <summary>Gets the dimension of figures in this unit, which converts to its equivalent's family.</summary>
    public Dimension Dimension { get; }
}
