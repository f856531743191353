using DevPlan.Core.Internal;
using DevPlan.Core.Units;

namespace DevPlan.Core.Serialization;

/// <summary>Options and limits for observation CSV files.</summary>
public sealed record ObservationCsvOptions
{
    /// <summary>The default options: comma-separated, lines up to 1 MiB characters, fields up to 4,096 characters.</summary>
    public static ObservationCsvOptions Default { get; } = new();

    /// <summary>Gets the separator: ',' by default; ';' and '\t' are common alternatives.</summary>
    /// <exception cref="ArgumentException">Set to a quote, a line break, a letter or a digit.</exception>
    public char Separator
    {
        get;
        init
        {
            if (value is '"' or '\r' or '\n' or '\'' || char.IsLetterOrDigit(value))
            {
                throw new ArgumentException($"Expected a separator such as ',', ';' or '\\t', but found '{value}'.", nameof(Separator));
            }
            field = value;
        }
    } = ',';

    /// <summary>Gets the longest physical line read, in characters; a longer one stops the read. Default 1,048,576.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 64.</exception>
    public int MaxLineLength
    {
        get;
        init => field = Preconditions.CheckRange(value, 64, int.MaxValue, nameof(MaxLineLength));
    } = 1024 * 1024;

    /// <summary>Gets the longest field read, in characters; a longer one is a bad field. Default 4,096.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 16.</exception>
    public int MaxFieldLength
    {
        get;
        init => field = Preconditions.CheckRange(value, 16, int.MaxValue, nameof(MaxFieldLength));
    } = 4096;

    /// <summary>Gets the units the file may use: <see cref="UnitSystem.BuiltIn"/> by default; a plan's <c>UnitSystem</c> adds its own units, by code or name.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public UnitSystem Units
    {
        get;
        init => field = Preconditions.CheckNotNull(value, nameof(Units));
    } = UnitSystem.BuiltIn;
}
